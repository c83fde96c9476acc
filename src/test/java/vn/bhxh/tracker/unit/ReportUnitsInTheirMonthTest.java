package vn.bhxh.tracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.SelfAssessmentSummary;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.Reorganisation2023;

/**
 * A report names its unit as the unit was in the report's month, across the reorganisation of May 2023
 * of {@link Reorganisation2023}: Tây Hồ's reports of 04/2023 and 06/2023 (submitted, written here with
 * SQL) carry its name before and after the rename, and Xín Mần's the province it was under each month,
 * in the review queue (one page mixing both months) and on the report's page.
 */
@IntegrationTest
@Transactional
@ExtendWith(Reorganisation2023.TodayInJanuary2024.class)
class ReportUnitsInTheirMonthTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SelfAssessments reports;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void theReviewQueueNamesEachReportsUnitAndItsParentAsTheyWereInTheReportsMonth() {
        var r = Reorganisation2023.May.apply(jdbc);
        long tayHoApril = submitted(r.tayHo, Reorganisation2023.May.BEFORE);
        long tayHoJune = submitted(r.tayHo, YearMonth.of(2023, 6));
        long xinManApril = submitted(r.xinMan, Reorganisation2023.May.BEFORE);
        long xinManJune = submitted(r.xinMan, YearMonth.of(2023, 6));

        Map<Long, SelfAssessmentSummary> queue = reports.queue(0, SelfAssessmentState.SUBMITTED, null, 0, PageRequest.of(0, 200))
                .getContent().stream().collect(Collectors.toMap(SelfAssessmentSummary::id, Function.identity()));

        assertThat(queue).containsKeys(tayHoApril, tayHoJune, xinManApril, xinManJune);
        assertThat(queue.get(tayHoApril).unitName()).isEqualTo("BHXH quận Tây Hồ");
        assertThat(queue.get(tayHoJune).unitName()).isEqualTo("BHXH khu vực Tây Hồ");
        assertThat(queue.get(tayHoJune).parentUnitName()).isEqualTo("BHXH thành phố Hà Nội");
        assertThat(queue.get(xinManApril).parentUnitName()).isEqualTo("BHXH tỉnh Hà Giang");
        assertThat(queue.get(xinManJune).parentUnitName()).isEqualTo("BHXH tỉnh Tuyên Quang");
    }

    @Test
    void aReportsPageNamesItsUnitAsItWasInTheReportsMonth() throws Exception {
        var r = Reorganisation2023.May.apply(jdbc);
        long april = submitted(r.tayHo, Reorganisation2023.May.BEFORE);
        long june = submitted(r.tayHo, YearMonth.of(2023, 6));

        assertThat(reportPage(april)).contains("BHXH quận Tây Hồ").doesNotContain("BHXH khu vực Tây Hồ");
        assertThat(reportPage(june)).contains("BHXH khu vực Tây Hồ").doesNotContain("BHXH quận Tây Hồ");
    }

    private String reportPage(long id) throws Exception {
        return mvc.perform(get("/reports/{id}", id).with(demo.as("tccb"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A report of the unit for the month, submitted on the 3rd of the next month, with no duty answered. */
    private long submitted(long unitId, YearMonth month) {
        jdbc.update("""
                INSERT INTO reporting_period (month, deadline_date) VALUES (?, ?) ON CONFLICT (month) DO NOTHING""",
                month.atDay(1), month.plusMonths(1).atDay(5));
        long period = jdbc.queryForObject("SELECT id FROM reporting_period WHERE month = ?", Long.class, month.atDay(1));
        long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        long version = jdbc.queryForObject("SELECT id FROM checklist_version WHERE effective_from = DATE '2021-08-01'", Long.class);
        return jdbc.queryForObject("""
                INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at,
                    last_submitted_at, created_at, created_by_id, updated_at, updated_by_id)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, now(), ?, now(), ?) RETURNING id""", Long.class,
                unitId, period, version, month.plusMonths(1).atDay(3).atStartOfDay(), month.plusMonths(1).atDay(3).atStartOfDay(),
                admin, admin);
    }
}
