package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.IntegrationTest;

/**
 * Units whose share of duties fully done fell three months running (Bắc Kạn, January–April 2020, a
 * province and months no other test uses; rolled back afterwards).
 */
@IntegrationTest
@Transactional
class WorsenedUnitsTest {

    @Autowired
    MonthlyFigures figures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAUnitThatFellEachOfThreeMonthsRunningIsListed() {
        long bacKan = unit("T06");
        List<Long> districts = jdbc.queryForList("SELECT id FROM unit WHERE parent_id = ? ORDER BY code", Long.class, bacKan);
        // done of 7 applicable duties, January to April
        reports(bacKan, 7, 6, 5, 4);            // falls three months running: listed
        reports(districts.get(0), 7, 5, 6, 4);  // rises once: not listed
        reports(districts.get(1), 7, 7, 6, 5);  // stays level once: not listed

        List<MonthlyFigures.Worsening> worsened = figures.worsenedThreeMonthsRunning(YearMonth.of(2020, 4),
                new DashboardScope(bacKan));

        assertThat(worsened).extracting(MonthlyFigures.Worsening::code).containsExactly("T06");
        assertThat(worsened.get(0).rates()).containsExactly(new BigDecimal("100.0"), new BigDecimal("85.7"),
                new BigDecimal("71.4"), new BigDecimal("57.1"));
        assertThat(figures.worsenedThreeMonthsRunning(YearMonth.of(2020, 4), new DashboardScope(unit("T01")))).isEmpty();
    }

    private void reports(long unitId, int... doneByMonth) {
        long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        long version = jdbc.queryForObject("SELECT id FROM checklist_version WHERE effective_from = DATE '2021-08-01'", Long.class);
        for (int i = 0; i < doneByMonth.length; i++) {
            long period = periods.open(YearMonth.of(2020, 1 + i)).getId();
            jdbc.update("""
                    INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at,
                        last_submitted_at, created_at, created_by_id, updated_at, updated_by_id, duties_applicable, duties_done)
                    VALUES (?, ?, ?, 'ACCEPTED', now(), now(), now(), ?, now(), ?, 7, ?)""",
                    unitId, period, version, admin, admin, doneByMonth[i]);
        }
    }

    private long unit(String code) {
        return jdbc.queryForObject("SELECT id FROM unit WHERE code = ?", Long.class, code);
    }
}
