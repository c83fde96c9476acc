package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.bhxh.tracker.support.Pages.html;

import java.time.YearMonth;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.reporting.ReportingPeriodRef;
import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Every address that takes a month reads it the same way ({@link MonthConverter}): a month that is
 * not yyyy-MM is the 400 page naming it (on the API a 400 problem detail), a month without a
 * reporting period is 404, a month with one is answered. The leader is of a unit no other test uses
 * (BHXH huyện Nguyên Bình), so that its month now due has no report and shows the start page; the
 * report it starts is in a month of its own.
 */
@IntegrationTest
class MonthParametersTest {

    private static final String LEADER = "thang.nguyenbinh";
    private static final String UNIT = "H052";
    /** The month whose report the leader starts (POST), opened by the test. */
    private static final YearMonth STARTED = YearMonth.of(2025, 8);
    /** No test opens a period this early. */
    private static final YearMonth NO_PERIOD = YearMonth.of(1999, 1);
    private static final String MALFORMED = "2025-13";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    UnitDirectory units;

    private YearMonth current;
    private Long unitId;

    @BeforeEach
    void leaderAndPeriods() {
        testAccounts.ensureLeader(LEADER, "Lãnh đạo BHXH huyện Nguyên Bình", UNIT, Position.HEAD);
        unitId = units.refByCode(UNIT).orElseThrow().id();
        current = periods.currentPeriod().month();
        periods.open(STARTED);
    }

    /** One address that takes a month: who asks, the request for a month's text, what a valid month gets. */
    record Address(String name, String user, BiFunction<MonthParametersTest, String, MockHttpServletRequestBuilder> request,
                   Function<MonthParametersTest, ResultMatcher> valid) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Address> pages() {
        return Stream.of(
                new Address("GET /my-unit/reports/{month}", LEADER, (test, month) -> get("/my-unit/reports/{month}", month),
                        test -> ok(view().name("reporting/start"))),
                new Address("POST /my-unit/reports/{month}", LEADER,
                        (test, month) -> post("/my-unit/reports/{month}", month).with(csrf()),
                        test -> redirect(redirectedUrlPattern("/reports/*/edit"))),
                new Address("GET /province/reports", "hanoi", query("/province/reports"),
                        test -> ok(view().name("reporting/province"))),
                new Address("GET /review", "tccb", query("/review"), test -> ok(view().name("review/queue"))),
                new Address("GET /reminders", "tccb", query("/reminders"), test -> ok(view().name("reminder/list"))),
                new Address("POST /reminders/preview", "tccb",
                        (test, month) -> post("/reminders/preview").with(csrf()).param("month", month)
                                .param("unit", test.unitId.toString()),
                        test -> ok(view().name("reminder/preview"))),
                // nothing selected: the month is read, nothing is sent, and the list says what is missing
                new Address("POST /reminders/send", "tccb",
                        (test, month) -> post("/reminders/send").with(csrf()).param("month", month),
                        test -> redirect(flash().attribute("flashError", "reminder.error.noSelection"))),
                new Address("GET /dashboard", "tccb", query("/dashboard"), test -> ok(view().name("dashboard/dashboard"))),
                new Address("GET /dashboard/year", "tccb", query("/dashboard/year"),
                        test -> ok(view().name("dashboard/year"))),
                new Address("GET /dashboard/worsened", "tccb", query("/dashboard/worsened"),
                        test -> ok(view().name("dashboard/worsened"))),
                new Address("GET /dashboard/provinces", "tccb", query("/dashboard/provinces"),
                        test -> ok(view().name("dashboard/provinces"))),
                new Address("GET /dashboard/units", "tccb", query("/dashboard/units"),
                        test -> ok(view().name("dashboard/units"))),
                new Address("GET /dashboard/export.csv", "hanoi", query("/dashboard/export.csv"),
                        test -> ok(content().contentTypeCompatibleWith("text/csv"))),
                new Address("GET /dashboard/export.xlsx", "hanoi", query("/dashboard/export.xlsx"),
                        test -> ok(content().contentType(XLSX))),
                new Address("GET /dashboard/export.pdf", "hanoi", query("/dashboard/export.pdf"),
                        test -> ok(content().contentType(MediaType.APPLICATION_PDF))),
                new Address("GET /dashboard/year/export.csv", "hanoi", query("/dashboard/year/export.csv"),
                        test -> ok(content().contentTypeCompatibleWith("text/csv"))),
                new Address("GET /dashboard/year/export.xlsx", "hanoi", query("/dashboard/year/export.xlsx"),
                        test -> ok(content().contentType(XLSX))));
    }

    static Stream<Address> api() {
        return Stream.of(
                new Address("GET /api/v1/periods/{month}/summary", "tccb",
                        (test, month) -> get("/api/v1/periods/{month}/summary", month).param("unit", "T04"),
                        test -> ok(jsonPath("$.month").value(test.current.toString()))),
                new Address("GET /api/v1/periods/{month}/units", "tccb",
                        (test, month) -> get("/api/v1/periods/{month}/units", month).param("unit", "T04"),
                        test -> ok(jsonPath("$[?(@.code == '" + UNIT + "')].name").exists())));
    }

    /** A GET with the month in the query string. */
    private static BiFunction<MonthParametersTest, String, MockHttpServletRequestBuilder> query(String path) {
        return (test, month) -> get(path).param("month", month);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aMalformedMonthIsThe400PageNamingIt(Address address) throws Exception {
        String page = html(ask(address, MALFORMED)
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error/400"))
                .andExpect(model().attribute(BadRequestHandler.MALFORMED_MONTH_ATTRIBUTE, MALFORMED)));
        assertThat(page).contains("Tháng \"2025-13\" không hợp lệ: tháng viết theo dạng yyyy-MM");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"pages", "api"})
    void aMonthWithoutAReportingPeriodIsNotFound(Address address) throws Exception {
        ask(address, NO_PERIOD.toString()).andExpect(status().isNotFound());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"pages", "api"})
    void aMonthWithAReportingPeriodIsAnswered(Address address) throws Exception {
        String month = address.name().startsWith("POST /my-unit") ? STARTED.toString() : current.toString();
        ask(address, month).andExpect(address.valid().apply(this));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("api")
    void theApiAnswersAMalformedMonthWithA400ProblemDetail(Address address) throws Exception {
        ask(address, MALFORMED)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.detail", startsWith("Tháng \"2025-13\" không hợp lệ")));
        ask(address, NO_PERIOD.toString())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2025-1", "abc", "2025-01-15", "2025-00"})
    void everyMalformedShapeIsA400(String month) throws Exception {
        mvc.perform(get("/dashboard").param("month", month).with(demo.as("tccb"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/periods/{month}/summary", month).with(demo.as("tccb")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString(month)));
    }

    @Test
    void theMessageIsInEnglishWhenAskedFor() throws Exception {
        String page = html(mvc.perform(get("/reminders").param("month", MALFORMED).param("lang", "en").with(demo.as("tccb")))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("Month \"2025-13\" is not valid: write a month as yyyy-MM");
        mvc.perform(get("/api/v1/periods/{month}/units", MALFORMED).param("lang", "en").with(demo.as("tccb")))
                .andExpect(jsonPath("$.detail", startsWith("Month \"2025-13\" is not valid")));
    }

    @Test
    void spacesAroundAMonthAreIgnoredAndAnEmptyMonthIsTheMonthNowDue() throws Exception {
        mvc.perform(get("/dashboard").param("month", " " + current + " ").with(demo.as("tccb")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("month", current));
        mvc.perform(get("/my-unit/reports/{month}", " " + current).with(demo.as(LEADER)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("period", periodOf(current)));
        for (String empty : new String[] {"", "  "}) {
            mvc.perform(get("/dashboard/units").param("month", empty).with(demo.as("tccb")))
                    .andExpect(model().attribute("month", current));
            mvc.perform(get("/reminders").param("month", empty).with(demo.as("tccb")))
                    .andExpect(model().attribute("month", current));
            mvc.perform(get("/province/reports").param("month", empty).with(demo.as("hanoi")))
                    .andExpect(model().attribute("period", periodOf(current)));
        }
    }

    @Test
    void theReviewQueueOpensOnTheMonthNowDueAndAnEmptyMonthIsEveryMonth() throws Exception {
        mvc.perform(get("/review").with(demo.as("tccb"))).andExpect(model().attribute("month", current.toString()));
        mvc.perform(get("/review").param("month", "").with(demo.as("tccb"))).andExpect(model().attribute("month", ""));
        mvc.perform(get("/review").param("month", " ").with(demo.as("tccb"))).andExpect(model().attribute("month", ""));
    }

    @Test
    void previewingOrSendingRemindersNeedsTheMonthItsFormNames() throws Exception {
        mvc.perform(post("/reminders/preview").with(csrf()).param("unit", unitId.toString()).with(demo.as("tccb")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/reminders/send").with(csrf()).param("month", "").param("unit", unitId.toString())
                        .with(demo.as("tccb")))
                .andExpect(status().isBadRequest());
    }

    /** A page or a file: 200 and what it is. */
    private static ResultMatcher ok(ResultMatcher what) {
        return both(status().isOk(), what);
    }

    /** An action done or refused for another reason than the month: back to a page. */
    private static ResultMatcher redirect(ResultMatcher where) {
        return both(status().is3xxRedirection(), where);
    }

    private static ResultMatcher both(ResultMatcher first, ResultMatcher second) {
        return result -> {
            first.match(result);
            second.match(result);
        };
    }

    private ResultActions ask(Address address, String month) throws Exception {
        return mvc.perform(address.request().apply(this, month).with(demo.as(address.user())));
    }

    /** A page's reporting period, as other modules get it from ReportingPeriods, of this month. */
    private static Matcher<Object> periodOf(YearMonth month) {
        return new FeatureMatcher<>(equalTo(month), "a reporting period of", "month") {
            @Override
            protected YearMonth featureValueOf(Object period) {
                return ((ReportingPeriodRef) period).month();
            }
        };
    }
}
