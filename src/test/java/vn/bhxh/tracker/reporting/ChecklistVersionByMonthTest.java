package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * A report is made with the checklist version in force in its month, and keeps it when a new
 * version appears later (here: a one-month version that retires duty 2e, in a month no other test uses).
 */
@IntegrationTest
class ChecklistVersionByMonthTest {

    private static final YearMonth MONTH = YearMonth.of(2023, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    SelfAssessmentRepository assessments;

    @Autowired
    UnitDirectory units;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReportKeepsItsChecklistVersionWhileLaterReportsTakeTheNewOne() throws Exception {
        periods.open(MONTH);
        mvc.perform(post("/my-unit/reports/{month}", MONTH).with(demo.as("badinh")).with(csrf()));
        SelfAssessment before = report("H001");
        assertThat(dutyCodes(before.getId())).hasSize(7).contains("2e");

        long newVersion = addVersionWithout2e(MONTH);

        mvc.perform(post("/my-unit/reports/{month}", MONTH).with(demo.as("hanoi")).with(csrf()));
        SelfAssessment after = report("T01");
        assertThat(after.getChecklistVersionId()).isEqualTo(newVersion);
        assertThat(dutyCodes(after.getId())).containsExactly("2a", "2b", "2c", "2d", "2đ", "2g");

        assertThat(report("H001").getChecklistVersionId()).isEqualTo(before.getChecklistVersionId());
        assertThat(dutyCodes(before.getId())).hasSize(7).contains("2e");
    }

    private SelfAssessment report(String unitCode) {
        return assessments.findByUnitAndPeriod(units.refByCode(unitCode).orElseThrow().id(),
                periods.get(MONTH).id()).orElseThrow();
    }

    private List<String> dutyCodes(Long assessmentId) {
        return jdbc.queryForList("""
                SELECT d.code FROM duty_report r JOIN duty d ON d.id = r.duty_id
                WHERE r.self_assessment_id = ? ORDER BY d.position""", String.class, assessmentId);
    }

    /** A copy of the first version for one month only, with duty 2e retired. */
    private long addVersionWithout2e(YearMonth month) {
        Long version = jdbc.queryForObject("""
                INSERT INTO checklist_version (directive_id, name, effective_from, effective_to)
                SELECT directive_id, 'Bộ tiêu chí thử nghiệm không có 2e', ?, ? FROM checklist_version
                WHERE effective_from = DATE '2021-08-01' RETURNING id""", Long.class, month.atDay(1), month.atDay(1));
        jdbc.update("""
                INSERT INTO duty (checklist_version_id, code, position, title, original_text, citation)
                SELECT ?, code, position, title, original_text, citation FROM duty d
                JOIN checklist_version v ON v.id = d.checklist_version_id
                WHERE v.effective_from = DATE '2021-08-01' AND d.code <> '2e'""", version);
        jdbc.update("""
                INSERT INTO indicator (duty_id, position, name, unit_of_measure, kind)
                SELECT nd.id, i.position, i.name, i.unit_of_measure, i.kind
                FROM indicator i JOIN duty od ON od.id = i.duty_id
                JOIN checklist_version ov ON ov.id = od.checklist_version_id AND ov.effective_from = DATE '2021-08-01'
                JOIN duty nd ON nd.code = od.code AND nd.checklist_version_id = ?""", version);
        return version;
    }
}
