package vn.bhxh.tracker.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.support.IntegrationTest;

/**
 * The demo starts with today's organisation and a history across it: the sample reorganisation of
 * Hà Nội's district offices applied once, from 07/2025, and labelled as a sample; the demo accounts in
 * the 2026 units; the reports of Hà Nội's office and four district offices on both sides of 07/2025;
 * and last month's sample reports, one in each state.
 */
@IntegrationTest
class DemoSelfAssessmentsTest {

    private static final List<String> HISTORY_UNITS = List.of("T01", "H002", "H006", "H007", "H008");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    DemoSelfAssessments demo;

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

    /** Ten lines: five offices renamed BHXH cơ sở, three merged into three of them, from 07/2025, as a sample. */
    @Test
    void theSampleReorganisationIsRecordedOnceAsASampleFrom072025() {
        assertThat(jdbc.queryForList("""
                SELECT r.effective_month::text || ' ' || r.source || ' ' || r.applied_at::date::text
                       || ' ' || (SELECT count(*) FROM reorganisation_change c WHERE c.reorganisation_id = r.id)
                FROM reorganisation r WHERE r.decision_number = ?""", String.class, DemoSelfAssessments.SAMPLE_DECISION))
                .containsExactly("2025-07-01 SAMPLE 2025-06-24 10");
        assertThat(jdbc.queryForList("""
                SELECT p.code || '>' || s.code FROM unit_succession us JOIN unit p ON p.id = us.predecessor_id
                JOIN unit s ON s.id = us.successor_id JOIN reorganisation r ON r.id = us.reorganisation_id
                WHERE r.decision_number = ? AND us.effective_on = DATE '2025-07-01' ORDER BY 1""", String.class,
                DemoSelfAssessments.SAMPLE_DECISION)).containsExactly("H020>H008", "H271>H269", "H273>H272");
    }

    /** A second start (the runner again) writes no second sample, no report twice, and changes no report. */
    @Test
    void aSecondStartWritesNothingMore() throws Exception {
        String before = everythingTheDemoWrote();

        demo.run(new DefaultApplicationArguments());

        assertThat(everythingTheDemoWrote()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reorganisation WHERE source = 'SAMPLE'", Long.class)).isOne();
    }

    /** The reviewer in Ban TCCB, the director in BHXH thành phố Hà Nội, the leaders in BHXH cơ sở, this month. */
    @Test
    void theDemoAccountsBelongToTodaysUnits() {
        Map<String, String> units = jdbc.queryForList("""
                SELECT a.username, v.name FROM user_account a
                JOIN unit_version v ON v.unit_id = a.unit_id AND month_span_holds(v.valid_from, v.valid_to, ?)
                WHERE a.username IN ('tccb', 'hanoi', 'badinh', 'badinh.pho', 'hoankiem', 'dongda', 'haibatrung', 'hoangmai')""",
                YearMonth.now(clock).atDay(1)).stream()
                .collect(Collectors.toMap(row -> (String) row.get("username"), row -> (String) row.get("name")));
        assertThat(units).containsExactlyInAnyOrderEntriesOf(Map.of(
                "tccb", "Ban Tổ chức cán bộ", "hanoi", "BHXH thành phố Hà Nội",
                "badinh", "BHXH cơ sở Ba Đình", "badinh.pho", "BHXH cơ sở Ba Đình", "hoankiem", "BHXH cơ sở Hoàn Kiếm",
                "dongda", "BHXH cơ sở Đống Đa", "haibatrung", "BHXH cơ sở Hai Bà Trưng",
                "hoangmai", "BHXH cơ sở Hoàng Mai - Thanh Trì"));
    }

    /**
     * Every month from 01/2025 to the month before last, the five units' reports are accepted, under the
     * names the units had that month (06/2025 BHXH quận Hoàng Mai, 07/2025 BHXH cơ sở Hoàng Mai - Thanh
     * Trì); each first submitted in the days after its month, most before the deadline, some after it,
     * and some returned once before being accepted.
     */
    @Test
    void reportsCrossTheReorganisationWithPlausibleTimes() {
        YearMonth monthBeforeLast = YearMonth.now(clock).minusMonths(2);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT u.code, p.month, sa.state, v.name,
                       sa.first_submitted_at > deadline_end(p.deadline_date, 'Asia/Ho_Chi_Minh') AS late,
                       (sa.first_submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS submitted_on,
                       (SELECT count(*) FROM submission s WHERE s.self_assessment_id = sa.id) AS submissions
                FROM self_assessment sa JOIN unit u ON u.id = sa.unit_id JOIN reporting_period p ON p.id = sa.period_id
                JOIN unit_version v ON v.unit_id = u.id AND month_span_holds(v.valid_from, v.valid_to, p.month)
                WHERE u.code IN ('T01', 'H002', 'H006', 'H007', 'H008') AND p.month BETWEEN ? AND ?""",
                DemoSelfAssessments.FIRST_MONTH.atDay(1), monthBeforeLast.atDay(1));
        long months = DemoSelfAssessments.FIRST_MONTH.until(monthBeforeLast, java.time.temporal.ChronoUnit.MONTHS) + 1;

        assertThat(rows).hasSize((int) (months * HISTORY_UNITS.size()));
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("state")).isEqualTo("ACCEPTED");
            LocalDate month = ((java.sql.Date) row.get("month")).toLocalDate();
            LocalDate submittedOn = ((java.sql.Date) row.get("submitted_on")).toLocalDate();
            assertThat(submittedOn).isAfter(month.plusMonths(1).minusDays(1)).isBefore(month.plusMonths(1).plusDays(9));
        });
        long late = rows.stream().filter(row -> (Boolean) row.get("late")).count();
        long returned = rows.stream().filter(row -> ((Number) row.get("submissions")).intValue() == 2).count();
        assertThat(late).isPositive().isLessThan(rows.size() / 4);
        assertThat(returned).isPositive().isLessThan(rows.size() / 4);
        assertThat(nameIn("H008", "2025-06-01", rows)).isEqualTo("BHXH quận Hoàng Mai");
        assertThat(nameIn("H008", "2025-07-01", rows)).isEqualTo("BHXH cơ sở Hoàng Mai - Thanh Trì");
        assertThat(nameIn("T01", "2025-03-01", rows)).isEqualTo("BHXH thành phố Hà Nội");
        assertThat(nameIn("T01", "2025-05-01", rows)).startsWith("BHXH khu vực");
    }

    private static String nameIn(String code, String month, List<Map<String, Object>> rows) {
        return rows.stream().filter(row -> row.get("code").equals(code) && row.get("month").toString().equals(month))
                .map(row -> (String) row.get("name")).findFirst().orElseThrow();
    }

    private String everythingTheDemoWrote() {
        return jdbc.queryForList("""
                SELECT u.code || ' ' || p.month || ' ' || sa.state || ' ' || sa.version
                       || ' ' || (SELECT count(*) FROM submission s WHERE s.self_assessment_id = sa.id)
                FROM self_assessment sa JOIN unit u ON u.id = sa.unit_id JOIN reporting_period p ON p.id = sa.period_id
                WHERE u.code IN ('T01', 'H001', 'H002', 'H006', 'H007', 'H008') AND p.month >= DATE '2025-01-01'
                ORDER BY 1""", String.class).toString()
                + jdbc.queryForList("SELECT count(*) FROM unit_version", Long.class);
    }
}
