package vn.bhxh.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;

/** The demo starts with last month's sample reports of Hà Nội's offices, one in each state. */
@IntegrationTest
class DemoSelfAssessmentsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void lastMonthHasASampleReportInEachState() {
        Map<String, String> states = jdbc.queryForList("""
                SELECT u.code, sa.state FROM self_assessment sa JOIN unit u ON u.id = sa.unit_id
                JOIN reporting_period p ON p.id = sa.period_id
                WHERE p.month = ? AND u.code IN ('H002', 'H006', 'H007', 'H008')""",
                YearMonth.now(clock).minusMonths(1).atDay(1)).stream()
                .collect(Collectors.toMap(row -> (String) row.get("code"), row -> (String) row.get("state")));
        assertThat(states).containsEntry("H002", "ACCEPTED").containsEntry("H006", "SUBMITTED")
                .containsEntry("H007", "RETURNED").containsEntry("H008", "DRAFT");
    }
}
