package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/** The lists' filters (fragments/filters) show what the list was filtered by. */
@IntegrationTest
class FilterFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ReportingPeriods periods;

    @Test
    void theReviewQueueShowsItsMonthLevelAndProvinceOrEveryMonth() throws Exception {
        String month = periods.currentMonth().toString();
        String page = page(get("/review").param("month", month).param("level", "DISTRICT").with(demo.as("tccb")));
        assertThat(page).contains("<option value=\"" + month + "\" selected=\"selected\"",
                "<option value=\"DISTRICT\" selected=\"selected\"")
                .doesNotContain("<option value=\"\" selected=\"selected\">Mọi tháng");

        String every = page(get("/review").param("month", "").with(demo.as("tccb")));
        assertThat(every).contains("<option value=\"\" selected=\"selected\">Mọi tháng</option>")
                .doesNotContain("<option value=\"" + month + "\" selected=\"selected\"");
    }

    @Test
    void urgingShowsItsMonthWithoutAChoiceOfEveryMonth() throws Exception {
        String month = periods.currentMonth().toString();
        String page = page(get("/reminders").param("month", month).with(demo.as("tccb")));
        assertThat(page).contains("<option value=\"" + month + "\" selected=\"selected\"").doesNotContain("Mọi tháng");
    }

    @Test
    void theUnitListShowsItsLevel() throws Exception {
        String page = page(get("/admin/units").param("level", "PROVINCE").with(demo.as("admin")));
        assertThat(page).contains("<option value=\"PROVINCE\" selected=\"selected\"")
                .doesNotContain("<option value=\"DISTRICT\" selected=\"selected\"");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
