package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.unit.UnitLevel;

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
    void aReviewQueueAskedForWithoutAMonthKeepsItsOtherFiltersOnTheMonthNowDue() throws Exception {
        mvc.perform(get("/review").param("state", "ANY").param("level", "DISTRICT").param("page", "0").with(demo.as("tccb")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("month", periods.currentMonth().toString()))
                .andExpect(model().attribute("anyState", true))
                .andExpect(model().attribute("level", UnitLevel.DISTRICT));
        mvc.perform(get("/review").param("level", "NOT_A_LEVEL").with(demo.as("tccb"))).andExpect(status().isBadRequest());
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
