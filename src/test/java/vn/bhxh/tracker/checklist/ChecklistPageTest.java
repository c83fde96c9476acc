package vn.bhxh.tracker.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/** The checklist page marks the version in force this month, by the same rule as the reports and figures. */
@IntegrationTest
class ChecklistPageTest {

    private static final String IN_FORCE = "Đang áp dụng";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOneVersionInForceIsMarked() throws Exception {
        assertThat(occurrences(page(), IN_FORCE)).isEqualTo(1);
    }

    @Test
    @Transactional
    void aVersionThatEndedBeforeThisMonthIsNotMarked() throws Exception {
        // the only version now ends in its first month, August 2021, long before the test clock's month
        jdbc.update("UPDATE checklist_version SET effective_to = effective_from WHERE effective_to IS NULL");
        assertThat(occurrences(page(), IN_FORCE)).isZero();
    }

    private String page() throws Exception {
        return mvc.perform(get("/checklist").with(demo.as("tccb"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int occurrences(String text, String part) {
        return text.split(part, -1).length - 1;
    }
}
