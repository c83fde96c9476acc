package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.bhxh.tracker.support.Pages.html;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Units whose share of duties fully done, or one of whose indicators, worsened three months running
 * (Bắc Kạn, January–April 2021, a province and months no other test uses; rolled back afterwards). The
 * months are counted on their own tree, so they are months the units existed in (from 01/2021).
 */
@IntegrationTest
@Transactional
class WorsenedUnitsTest {

    @Autowired
    Worsenings figures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Test
    void onlyAUnitThatFellEachOfThreeMonthsRunningIsListed() {
        long bacKan = unit("T06");
        List<Long> districts = districtsOf(bacKan);
        // done of 7 applicable duties, January to April
        reports(bacKan, 7, 6, 5, 4);            // falls three months running: listed
        reports(districts.get(0), 7, 5, 6, 4);  // rises once: not listed
        reports(districts.get(1), 7, 7, 6, 5);  // stays level once: not listed

        List<Worsening> worsened = figures.worsenedThreeMonthsRunning(YearMonth.of(2021, 4),
                new DashboardScope(bacKan));

        assertThat(worsened).extracting(Worsening::code).containsExactly("T06");
        assertThat(worsened.get(0).rates()).containsExactly(new BigDecimal("100.0"), new BigDecimal("85.7"),
                new BigDecimal("71.4"), new BigDecimal("57.1"));
        assertThat(figures.worsenedThreeMonthsRunning(YearMonth.of(2021, 4), new DashboardScope(unit("T01")))).isEmpty();
    }

    @Test
    void anIndicatorIsListedWhenEachMonthIsWorseInItsOwnDirection() throws Exception {
        long bacKan = unit("T06");
        List<Long> districts = districtsOf(bacKan);
        reports(bacKan, 7, 7, 7, 7);
        reports(districts.get(0), 7, 7, 7, 7);
        reports(districts.get(1), 7, 7, 7, 7);
        values(bacKan, "2đ", 4, 1, 2, 3, 5);              // tasks overdue rise each month: worse
        values(districts.get(0), "2đ", 1, 95, 90, 80, 70); // share of targets met falls each month: worse
        values(districts.get(0), "2g", 1, 1, 2, 3, 4);     // inspections held: no direction, never listed
        values(districts.get(1), "2đ", 4, 1, 2, 2, 3);     // level once: not listed
        values(districts.get(1), "2đ", 1, 70, 80, 90, 95); // better each month: not listed

        List<IndicatorWorsening> worsened = figures.worsenedIndicators(YearMonth.of(2021, 4),
                new DashboardScope(bacKan));

        assertThat(worsened).extracting(w -> w.code() + " " + w.dutyCode() + " " + w.worseWhenHigher())
                .containsExactly("T06 2đ true", codeOf(districts.get(0)) + " 2đ false");
        assertThat(worsened.get(0).indicator()).isEqualTo("Nhiệm vụ quá hạn tại cuối tháng");
        assertThat(worsened.get(0).values()).extracting(BigDecimal::intValue).containsExactly(1, 2, 3, 5);
        assertThat(figures.worsenedIndicators(YearMonth.of(2021, 4), new DashboardScope(unit("T01")))).isEmpty();
        assertThat(figures.worsenedIndicators(YearMonth.of(2021, 5), new DashboardScope(bacKan)))
                .as("May has no report: not four months running").isEmpty();

        String page = html(mvc.perform(get("/dashboard/worsened").param("month", "2021-04")
                        .param("province", String.valueOf(bacKan)).with(demo.as("tccb")))
                .andExpect(status().isOk()));
        assertThat(page).contains("BHXH tỉnh Bắc Kạn", "Nhiệm vụ quá hạn tại cuối tháng", "xấu đi khi tăng",
                "Tỷ lệ hoàn thành chỉ tiêu, kế hoạch được giao", "xấu đi khi giảm", "01/2021")
                .doesNotContain("Cuộc thanh tra, kiểm tra công vụ đã thực hiện");
        String director = html(mvc.perform(get("/dashboard/worsened").param("month", "2021-04")
                        .param("province", String.valueOf(bacKan)).with(demo.as("hanoi")))
                .andExpect(status().isOk()));
        assertThat(director).doesNotContain("Bắc Kạn");
        mvc.perform(get("/dashboard/worsened").with(demo.as("badinh"))).andExpect(status().isForbidden());
    }

    /** One indicator's values, January to April 2021, in the unit's reports made by {@link #reports}. */
    private void values(long unitId, String dutyCode, int indicatorPosition, int... byMonth) {
        for (int i = 0; i < byMonth.length; i++) {
            long report = jdbc.queryForObject("""
                    SELECT sa.id FROM self_assessment sa JOIN reporting_period p ON p.id = sa.period_id
                    WHERE sa.unit_id = ? AND p.month = ?""", Long.class, unitId, YearMonth.of(2021, 1 + i).atDay(1));
            long duty = jdbc.queryForObject("""
                    SELECT d.id FROM duty d JOIN self_assessment sa ON sa.checklist_version_id = d.checklist_version_id
                    WHERE sa.id = ? AND d.code = ?""", Long.class, report, dutyCode);
            jdbc.update("""
                    INSERT INTO duty_report (self_assessment_id, duty_id, status) VALUES (?, ?, 'DONE')
                    ON CONFLICT (self_assessment_id, duty_id) DO NOTHING""", report, duty);
            jdbc.update("""
                    INSERT INTO indicator_value (duty_report_id, indicator_id, value)
                    SELECT dr.id, i.id, ? FROM duty_report dr JOIN indicator i ON i.duty_id = dr.duty_id
                    WHERE dr.self_assessment_id = ? AND dr.duty_id = ? AND i.position = ?""",
                    byMonth[i], report, duty, indicatorPosition);
        }
    }

    private String codeOf(long unitId) {
        return jdbc.queryForObject("SELECT code FROM unit WHERE id = ?", String.class, unitId);
    }

    private void reports(long unitId, int... doneByMonth) {
        long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        long version = jdbc.queryForObject("SELECT id FROM checklist_version WHERE effective_from = DATE '2021-08-01'", Long.class);
        for (int i = 0; i < doneByMonth.length; i++) {
            long period = periods.open(YearMonth.of(2021, 1 + i)).id();
            jdbc.update("""
                    INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at,
                        last_submitted_at, created_at, created_by_id, updated_at, updated_by_id, duties_applicable, duties_done)
                    VALUES (?, ?, ?, 'ACCEPTED', now(), now(), now(), ?, now(), ?, 7, ?)""",
                    unitId, period, version, admin, admin, doneByMonth[i]);
        }
    }

    /** The province's district offices in 04/2021 (from 04/2025 Bắc Kạn's are under Thái Nguyên's office). */
    private List<Long> districtsOf(long provinceId) {
        return jdbc.queryForList("SELECT unit_id FROM unit_tree(DATE '2021-04-01') WHERE parent_id = ? ORDER BY code",
                Long.class, provinceId);
    }

    private long unit(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }
}
