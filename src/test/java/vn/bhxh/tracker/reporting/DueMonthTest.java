package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.account.Position;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.dashboard.DashboardScope;
import vn.bhxh.tracker.dashboard.UnitFilter;
import vn.bhxh.tracker.dashboard.UnitStatus;
import vn.bhxh.tracker.dashboard.UnitStatuses;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.SelfAssessmentSteps;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * The days around a deadline, each at a fixed Vietnam time: which month is "now due", the days left,
 * a month in progress (drafted, not submitted), figures "so far" before the deadline and final after
 * it, Java's and SQL's timeliness agreeing on the edges, and the turn of a year. November 2026's
 * deadline is 5 December 2026. Each test reports for district offices of Hải Phòng of its own.
 */
@IntegrationTest
class DueMonthTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    // the demo profile wraps the application's clock (demo.DemoClock): the test clock itself is this one
    final TestClock clock = TestClock.INSTANCE;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    SelfAssessmentSteps steps;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UnitStatuses figures;

    @Autowired
    SelfAssessmentRepository assessments;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheRunsClock() {
        clock.reset();
        // months opened by a test's later "today", and never reported on, would show as future months
        jdbc.update("""
                DELETE FROM reporting_period p WHERE p.month > ?
                  AND NOT EXISTS (SELECT 1 FROM self_assessment sa WHERE sa.period_id = p.id)""",
                YearMonth.from(clock.startOfRunInVietnam()).atDay(1));
    }

    @Test
    void onTheFirstOfAMonthThePreviousMonthIsStillTheOneDue() throws Exception {
        String leader = leaderOf("H311");
        periods.open(NOVEMBER);
        periods.open(DECEMBER);
        at(2026, 12, 1, 0, 0, 30);
        assertThat(periods.currentMonth()).isEqualTo(NOVEMBER);

        String home = html(mvc.perform(get("/").with(demo.as(leader))).andExpect(status().isOk()));
        assertThat(home).contains("Kỳ báo cáo hiện tại: tháng 11/2026", "data-month=\"2026-11\"", "còn 4 ngày");

        String list = html(mvc.perform(get("/my-unit/reports").with(demo.as(leader))).andExpect(status().isOk()));
        // the month now due comes first, before the month in progress
        assertThat(list.indexOf("data-testid=\"due-now\"")).isLessThan(list.indexOf("data-month=\"2026-12\""));
        assertThat(list).contains("còn 4 ngày", "Tháng 12/2026 chưa kết thúc: có thể lập và lưu nháp, nộp báo cáo từ ngày 01/01/2027.");
    }

    @Test
    void onTheDeadlineDayTheMonthIsStillDueAndItsLastSecondIsOnTimeInJavaAndSql() throws Exception {
        String leader = leaderOf("H312");
        at(2026, 12, 5, 23, 59, 59);
        assertThat(periods.currentMonth()).isEqualTo(NOVEMBER);
        assertThat(html(mvc.perform(get("/").with(demo.as(leader))))).contains("hôm nay là hạn chót");

        // not submitted: not due yet, on both sides
        periods.open(NOVEMBER);
        ReportingPeriod november = periods.entityOf(NOVEMBER);
        assertThat(november.timeliness(null, clock.instant(), TestClock.VIETNAM)).isEqualTo(Timeliness.NOT_DUE);
        assertThat(sqlTimeliness("H312", NOVEMBER)).isEqualTo(Timeliness.NOT_DUE);

        long id = steps.start(leader, NOVEMBER);
        steps.submit(id, leader, leader);
        assertThat(javaTimeliness(id, NOVEMBER)).isEqualTo(Timeliness.ON_TIME);
        assertThat(sqlTimeliness("H312", NOVEMBER)).isEqualTo(Timeliness.ON_TIME);

        // the figures are "so far": no on-time rate, no unit missing yet
        mvc.perform(get("/api/v1/periods/2026-11/summary").param("unit", "T31").with(demo.as("tccb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlinePassed").value(false))
                .andExpect(jsonPath("$.missing").value(0))
                .andExpect(jsonPath("$.onTimeRate").isEmpty())
                .andExpect(jsonPath("$.submittedRate").isNumber());
        String dashboard = html(mvc.perform(get("/dashboard").param("province", unitId("T31").toString())
                .with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(dashboard).contains("Tổng hợp", "11/2026", "Số liệu tạm tính", "hôm nay là hạn chót", "Đến nay ")
                .doesNotContain("Chưa nộp (quá hạn)");
    }

    @Test
    void theDayAfterTheDeadlineTheNextMonthIsDueAndTheFiguresAreFinal() throws Exception {
        String leader = leaderOf("H313");
        periods.open(NOVEMBER);
        at(2026, 12, 6, 0, 0, 0);
        assertThat(periods.currentMonth()).isEqualTo(DECEMBER);

        ReportingPeriod november = periods.entityOf(NOVEMBER);
        assertThat(november.timeliness(null, clock.instant(), TestClock.VIETNAM)).isEqualTo(Timeliness.MISSING);
        assertThat(sqlTimeliness("H313", NOVEMBER)).isEqualTo(Timeliness.MISSING);

        String home = html(mvc.perform(get("/").with(demo.as(leader))).andExpect(status().isOk()));
        assertThat(home).contains("Kỳ báo cáo hiện tại: tháng 12/2026", "còn 30 ngày", "Tháng 12/2026 chưa kết thúc", "quá hạn 1 ngày");

        mvc.perform(get("/api/v1/periods/2026-11/summary").param("unit", "T31").with(demo.as("tccb")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlinePassed").value(true))
                .andExpect(jsonPath("$.onTimeRate").isNumber());
        String dashboard = html(mvc.perform(get("/dashboard").param("month", "2026-11")
                .param("province", unitId("T31").toString()).with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(dashboard).contains("Chưa nộp (quá hạn)").doesNotContain("Số liệu tạm tính");
    }

    @Test
    void aMonthInProgressCanBeDraftedButNotSubmittedUntilItEnds() throws Exception {
        String leader = leaderOf("H314");
        at(2026, 12, 20, 9, 0, 0);
        long id = steps.start(leader, DECEMBER);
        Map<String, String> form = steps.completeForm(id, leader);
        String refused = html(steps.send(leader, id, form, "submit")
                .andExpect(status().isOk()));
        assertThat(refused).contains("Tháng 12/2026 chưa kết thúc nên chưa nộp được báo cáo",
                "nộp từ ngày 01/01/2027", "Kết quả thực hiện nhiệm vụ 2a");
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.DRAFT);
        steps.send(leader, id, form, "save")
                .andExpect(redirectedUrl("/reports/" + id + "/edit"));

        at(2027, 1, 1, 0, 0, 0);
        steps.submit(id, leader, leader);
        assertThat(steps.state(id)).isEqualTo(SelfAssessmentState.SUBMITTED);
        assertThat(javaTimeliness(id, DECEMBER)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void atTheTurnOfTheYearDecemberStaysDueUntilTheFifthOfJanuary() throws Exception {
        String leader = leaderOf("H315");
        at(2026, 12, 31, 23, 59, 59);
        assertThat(periods.currentMonth()).isEqualTo(DECEMBER);
        at(2027, 1, 1, 0, 0, 30);
        assertThat(periods.currentMonth()).isEqualTo(DECEMBER);
        assertThat(html(mvc.perform(get("/").with(demo.as(leader))))).contains("Kỳ báo cáo hiện tại: tháng 12/2026", "còn 4 ngày");
        at(2027, 1, 6, 0, 0, 0);
        assertThat(periods.currentMonth()).isEqualTo(YearMonth.of(2027, 1));
        // January's period opens on the first page that needs it, even before the nightly job
        String home = html(mvc.perform(get("/").with(demo.as(leader))).andExpect(status().isOk()));
        assertThat(home).contains("Kỳ báo cáo hiện tại: tháng 01/2027", "05/02/2027", "Tháng 01/2027 chưa kết thúc");
    }

    @Test
    void beforeTheDeadlineTheReviewerSeesWhoHasNotSubmittedAndUrgesThemWithTheDaysLeft() throws Exception {
        leaderOf("H316");
        testAccounts.ensure("han-t31-director", "Giám đốc Hải Phòng", "han-t31-director@t31.test.invalid", "T31", null,
                EnumSet.of(Role.PROVINCE_DIRECTOR));
        periods.open(NOVEMBER);
        at(2026, 12, 3, 10, 0, 0);

        String home = html(mvc.perform(get("/").with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(home).contains("Kỳ báo cáo hiện tại: tháng 11/2026", "còn 2 ngày", "đơn vị chưa nộp báo cáo của tháng này",
                "/reminders?month=2026-11");

        String urging = html(mvc.perform(get("/reminders").param("province", unitId("T31").toString())
                .with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(urging).contains("Đôn đốc nộp báo cáo tháng 11/2026", "Chưa nộp, còn 2 ngày đến hạn", "BHXH huyện Vĩnh Bảo")
                .doesNotContain("Không có đơn vị nào chưa nộp");

        String preview = html(mvc.perform(post("/reminders/preview").with(demo.as("tccb")).with(csrf())
                        .param("month", "2026-11").param("unit", unitId("H316").toString()))
                .andExpect(status().isOk()));
        assertThat(preview).contains("là ngày 05/12/2026 (còn 2 ngày), nhưng đến nay BHXH huyện Vĩnh Bảo chưa nộp báo cáo.",
                "han-h316-head@example.invalid", "han-t31-director@t31.test.invalid");

        at(2026, 12, 5, 8, 0, 0);
        assertThat(html(mvc.perform(post("/reminders/preview").with(demo.as("tccb")).with(csrf())
                        .param("month", "2026-11").param("unit", unitId("H316").toString()))))
                .contains("Hôm nay (05/12/2026) là hạn chót");

        at(2026, 12, 6, 8, 0, 0);
        String after = html(mvc.perform(get("/reminders").param("month", "2026-11").param("province", unitId("T31").toString())
                .with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(after).contains("Chưa nộp, đã quá hạn").doesNotContain("đến hạn (");
    }

    @Test
    void theReviewQueueOpensOnTheMonthNowDueAndSaysWhatWaitsInOtherMonths() throws Exception {
        at(2026, 12, 3, 10, 0, 0);
        String queue = html(mvc.perform(get("/review").with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(queue).contains("value=\"2026-11\" selected");
        String all = html(mvc.perform(get("/review").param("month", "").with(demo.as("tccb"))).andExpect(status().isOk()));
        assertThat(all).contains("<option value=\"\" selected");
    }

    private void at(int year, int month, int day, int hour, int minute, int second) {
        clock.freezeAt(LocalDateTime.of(year, month, day, hour, minute, second));
    }

    private String leaderOf(String unitCode) {
        String username = "han-" + unitCode.toLowerCase() + "-head";
        testAccounts.ensureLeader(username, "Trưởng " + unitCode, unitCode, Position.HEAD);
        return username;
    }

    private Long unitId(String code) {
        return units.refByCode(code).orElseThrow().id();
    }

    private Timeliness javaTimeliness(long reportId, YearMonth month) {
        return periods.entityOf(month).timeliness(assessments.findById(reportId).orElseThrow().getFirstSubmittedAt(),
                clock.instant(), TestClock.VIETNAM);
    }

    private Timeliness sqlTimeliness(String unitCode, YearMonth month) {
        return figures.units(month, new DashboardScope(unitId("T31")), UnitFilter.EXPECTED, null, Pageable.ofSize(200))
                .getContent().stream().filter(unit -> unit.code().equals(unitCode)).map(UnitStatus::timeliness)
                .findFirst().orElseThrow();
    }
}
