package vn.bhxh.tracker.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * The JSON API refuses in JSON: RFC 9457 problem details, titled in the request's language, for
 * text with a control character, a month that cannot be read, a role or province it may not read, a
 * month without a reporting period or a province that does not exist and a format it cannot give; never the HTML pages of the rest of the application.
 */
@IntegrationTest
class ApiProblemsTest {

    private static final String SUMMARY = "/api/v1/periods/2026-10/summary";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ReportingPeriods periods;

    /** The month asked for has a period, so that what is refused is refused for another reason. */
    @BeforeEach
    void octoberHasAPeriod() {
        periods.open(YearMonth.of(2026, 10));
    }

    @Test
    void aControlCharacterInTheAddressIsA400ProblemNamingIt() throws Exception {
        problem(mvc.perform(get(URI.create(SUMMARY + "?unit=T%001")).with(demo.as("tccb"))), 400, "Yêu cầu không hợp lệ")
                .andExpect(jsonPath("$.detail", containsString("mã U+0000, ở vị trí thứ 2")))
                .andExpect(jsonPath("$.instance").value(SUMMARY));
    }

    @Test
    void aControlCharacterReachingTheBinderIsA400ProblemNotThe400Page() throws Exception {
        problem(mvc.perform(get(SUMMARY).param("unit", "T\u00001").with(demo.as("tccb"))), 400, "Yêu cầu không hợp lệ")
                .andExpect(jsonPath("$.detail", containsString("U+0000")));
    }

    @Test
    void aMonthThatCannotBeReadIsA400ProblemNamingIt() throws Exception {
        problem(mvc.perform(get("/api/v1/periods/2026-13/summary").with(demo.as("tccb"))), 400, "Yêu cầu không hợp lệ")
                .andExpect(jsonPath("$.detail", containsString("Tháng \"2026-13\" không hợp lệ")));
    }

    @Test
    void aRoleThatMayNotReadTheApiIsA403Problem() throws Exception {
        problem(mvc.perform(get(SUMMARY).with(demo.as("badinh"))), 403, "Không có quyền truy cập");
    }

    @Test
    void aDirectorAskingForAnotherProvinceIsA403Problem() throws Exception {
        // T08: Tuyên Quang's office, a provincial office in every month (Hà Giang's T02 is none after 03/2025)
        problem(mvc.perform(get(SUMMARY).param("unit", "T08").with(demo.as("hanoi"))), 403, "Không có quyền truy cập");
    }

    @Test
    void aMonthWithoutAReportingPeriodOrAnUnknownProvinceIsA404Problem() throws Exception {
        problem(mvc.perform(get("/api/v1/periods/1999-01/summary").with(demo.as("tccb"))), 404, "Không tìm thấy trang");
        problem(mvc.perform(get(SUMMARY).param("unit", "T99").with(demo.as("tccb"))), 404, "Không tìm thấy trang");
    }

    @Test
    void aFormatTheApiCannotGiveIsA406ProblemInJson() throws Exception {
        problem(mvc.perform(get(SUMMARY).accept(MediaType.APPLICATION_XML).with(demo.as("tccb"))), 406,
                "Không có định dạng phù hợp");
    }

    @Test
    void theTitleIsInEnglishWhenAskedFor() throws Exception {
        problem(mvc.perform(get(SUMMARY).param("lang", "en").with(demo.as("badinh"))), 403, "Access denied");
    }

    private static ResultActions problem(ResultActions result, int status, String title) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title));
    }
}
