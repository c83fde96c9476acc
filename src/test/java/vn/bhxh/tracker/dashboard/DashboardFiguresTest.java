package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.sql.Timestamp;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Every figure on a known data set equals the hand count, in the SQL, the page and the API: the
 * province of Hà Giang (its office and 11 district offices) in September 2021, which no other test
 * touches. Deadline: 5 October 2021, the whole day counting in Vietnam's time.
 *
 * <pre>
 * T02  accepted, first submitted 05/10 23:00  on time   duties: 5 done, 1 partial, 1 not applicable
 * d1   submitted, first submitted 06/10 00:30 late      duties: 7 done
 * d2   returned,  first submitted 01/10       on time   duties: 3 done, 4 not done; returned once
 * d3   draft                                  missing
 * d4…d11 no report                            missing
 * => expected 12, on time 2, late 1, missing 9, returned 1, accepted 1, waiting 1,
 *    compliance (5 + 7 + 3) / (6 + 7 + 7) = 75.0 %
 * </pre>
 */
@IntegrationTest
class DashboardFiguresTest {

    private static final YearMonth MONTH = YearMonth.of(2021, 9);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MonthlyFigures figures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    private long haGiang;

    @BeforeEach
    void knownDataSet() {
        haGiang = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'T02'", Long.class);
        long periodId = periods.open(MONTH).getId();
        if (jdbc.queryForObject("SELECT count(*) FROM self_assessment WHERE period_id = ?", Integer.class, periodId) > 0) {
            return;
        }
        List<Long> districts = jdbc.queryForList("SELECT id FROM unit WHERE parent_id = ? ORDER BY code", Long.class, haGiang);
        assertThat(districts).hasSize(11);
        long office = report(haGiang, periodId, "ACCEPTED", at(5, 23, 0), "DONE", "DONE", "DONE", "DONE", "DONE", "PARTIAL", "NOT_APPLICABLE");
        report(districts.get(0), periodId, "SUBMITTED", at(6, 0, 30), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        long returned = report(districts.get(1), periodId, "RETURNED", at(1, 9, 0), "DONE", "DONE", "DONE", "NOT_DONE", "NOT_DONE", "NOT_DONE", "NOT_DONE");
        report(districts.get(2), periodId, "DRAFT", null, "DONE", null, null, null, null, null, null);
        decision(returned, "RETURN");
        decision(office, "ACCEPT");
    }

    @Test
    void theMonthsFiguresEqualTheHandCount() {
        MonthSummary summary = figures.summary(MONTH, new DashboardScope(haGiang));
        assertThat(summary).isEqualTo(new MonthSummary(12, 2, 1, 9, 0, 1, 1, 1, new BigDecimal("75.0")));
    }

    @Test
    void eachFigureListsTheUnitsBehindIt() {
        DashboardScope scope = new DashboardScope(haGiang);
        assertThat(figures.units(MONTH, scope, UnitFilter.ON_TIME, null, Pageable.ofSize(50)).getContent())
                .extracting(UnitStatus::code).containsExactly("T02", districtCode(1));
        assertThat(figures.units(MONTH, scope, UnitFilter.LATE, null, Pageable.ofSize(50)).getContent())
                .extracting(UnitStatus::code).containsExactly(districtCode(0));
        assertThat(figures.units(MONTH, scope, UnitFilter.MISSING, null, Pageable.ofSize(50)).getTotalElements()).isEqualTo(9);
        assertThat(figures.mostReturned(MONTH, scope, 5)).extracting(MonthlyFigures.ReturnCount::code)
                .containsExactly(districtCode(1));
    }

    @Test
    @Transactional // the unit added here is rolled back: other tests count the districts
    void unitsThatDidNotExistInTheMonthAreNotMissing() {
        long newcomer = jdbc.queryForObject("""
                INSERT INTO unit (code, name, level, parent_id, effective_from)
                VALUES ('H-TEST-NEW', 'BHXH thử nghiệm mở sau tháng 9/2021', 'DISTRICT', ?, DATE '2021-10-01')
                RETURNING id""", Long.class, haGiang);
        assertThat(newcomer).isPositive();
        assertThat(figures.summary(MONTH, new DashboardScope(haGiang)).expected()).isEqualTo(12);
    }

    @Test
    void provincesAreRankedWithTheSameFiguresAndTheTrendCountsTheMonth() throws Exception {
        MonthlyFigures.ProvinceFigures haGiangFigures = figures.provinces(MONTH).stream()
                .filter(p -> p.code().equals("T02")).findFirst().orElseThrow();
        assertThat(haGiangFigures.expected()).isEqualTo(12);
        assertThat(haGiangFigures.onTime()).isEqualTo(2);
        assertThat(haGiangFigures.late()).isEqualTo(1);
        assertThat(haGiangFigures.missing()).isEqualTo(9);
        assertThat(haGiangFigures.complianceRate()).isEqualByComparingTo("75.0");

        MonthlyFigures.MonthTrend september = figures.trend(MONTH, new DashboardScope(haGiang)).stream()
                .filter(t -> t.month().equals(MONTH)).findFirst().orElseThrow();
        assertThat(september.expected()).isEqualTo(12);
        assertThat(september.onTime()).isEqualTo(2);
        assertThat(september.complianceRate()).isEqualByComparingTo("75.0");

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/dashboard/provinces").param("month", MONTH.toString())
                        .with(demo.as("tgd")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("BHXH tỉnh Hà Giang", "75.0%");
        mvc.perform(get("/dashboard/provinces").with(demo.as("hanoi"))).andExpect(status().isForbidden());
    }

    @Test
    void thePageAndTheApiShowTheSameFigures() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/dashboard").param("month", MONTH.toString())
                        .param("province", String.valueOf(haGiang)).with(demo.as("tccb")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page).contains("Tổng hợp BHXH tỉnh Hà Giang, tháng 09/2021", "75.0%");

        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).param("unit", "T02").with(httpBasic("tgd", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(12))
                .andExpect(jsonPath("$.onTime").value(2))
                .andExpect(jsonPath("$.late").value(1))
                .andExpect(jsonPath("$.missing").value(9))
                .andExpect(jsonPath("$.returned").value(1))
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.complianceRate").value(75.0));
        mvc.perform(get("/api/v1/periods/{month}/units", MONTH).param("unit", "T02").with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[0].code").value("T02"))
                .andExpect(jsonPath("$[0].state").value("ACCEPTED"))
                .andExpect(jsonPath("$[0].timeliness").value("ON_TIME"))
                .andExpect(jsonPath("$[0].duties['2g']").value("NOT_APPLICABLE"))
                .andExpect(jsonPath("$[0].duties['2e']").value("PARTIAL"));
    }

    @Test
    void aProvincialDirectorSeesOnlyTheirProvinceInPagesAndApi() throws Exception {
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).param("unit", "T02").with(httpBasic("hanoi", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        String body = mvc.perform(get("/api/v1/periods/{month}/units", MONTH).with(httpBasic("hanoi", DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"T01\"").doesNotContain("\"T02\"", "Hà Giang");
        mvc.perform(get("/dashboard").param("month", MONTH.toString()).param("province", String.valueOf(haGiang))
                        .with(demo.as("hanoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BHXH thành phố Hà Nội")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Hà Giang, tháng"))));
    }

    @Test
    void unitLeadersAndStrangersGetNoFigures() throws Exception {
        mvc.perform(get("/dashboard").with(demo.as("badinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).with(httpBasic("badinh", DemoUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/periods/{month}/summary", MONTH).with(httpBasic("tccb", "wrong")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/periods/thang-9/summary").with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiIsDocumentedByOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("tccb", DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/periods/{month}/summary")))
                .andExpect(content().string(containsString("/api/v1/periods/{month}/units")));
    }

    private String districtCode(int index) {
        return jdbc.queryForList("SELECT code FROM unit WHERE parent_id = ? AND effective_from <= DATE '2021-09-30' ORDER BY code",
                String.class, haGiang).get(index);
    }

    private static Timestamp at(int octoberDay, int hour, int minute) {
        return Timestamp.from(ZonedDateTime.of(2021, 10, octoberDay, hour, minute, 0, 0, VIETNAM).toInstant());
    }

    /** A report with the given statuses for the seven duties of the 2021 checklist (null: not answered). */
    private long report(long unitId, long periodId, String state, Timestamp firstSubmitted, String... statuses) {
        long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        long version = jdbc.queryForObject("SELECT id FROM checklist_version WHERE effective_from = DATE '2021-08-01'", Long.class);
        long id = jdbc.queryForObject("""
                INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at,
                    last_submitted_at, created_at, created_by_id, updated_at, updated_by_id)
                VALUES (?, ?, ?, ?, ?, ?, now(), ?, now(), ?) RETURNING id""", Long.class,
                unitId, periodId, version, state, firstSubmitted, firstSubmitted, admin, admin);
        List<Long> duties = jdbc.queryForList("SELECT id FROM duty WHERE checklist_version_id = ? ORDER BY position", Long.class, version);
        for (int i = 0; i < duties.size(); i++) {
            jdbc.update("INSERT INTO duty_report (self_assessment_id, duty_id, status) VALUES (?, ?, ?)", id, duties.get(i), statuses[i]);
        }
        // what a submission counts and keeps on the report
        jdbc.update("""
                UPDATE self_assessment SET
                    duties_applicable = (SELECT count(*) FROM duty_report WHERE self_assessment_id = ?
                                         AND status IN ('DONE', 'PARTIAL', 'NOT_DONE')),
                    duties_done = (SELECT count(*) FROM duty_report WHERE self_assessment_id = ? AND status = 'DONE')
                WHERE id = ? AND state <> 'DRAFT'""", id, id, id);
        return id;
    }

    private void decision(long assessmentId, String outcome) {
        long tccb = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'tccb'", Long.class);
        long submission = jdbc.queryForObject("""
                INSERT INTO submission (self_assessment_id, number, submitted_at, submitted_by_id, snapshot)
                VALUES (?, 1, now(), ?, '{"duties": []}'::jsonb) RETURNING id""", Long.class, assessmentId, tccb);
        jdbc.update("INSERT INTO review_decision (submission_id, outcome, decided_at, decided_by_id) VALUES (?, ?, now(), ?)",
                submission, outcome, tccb);
    }
}
