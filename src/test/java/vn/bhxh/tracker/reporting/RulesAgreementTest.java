package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.checklist.ChecklistService;
import vn.bhxh.tracker.checklist.ChecklistVersion;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestClock;

/**
 * The rules that Java and the figures' SQL both need are written once for each side: V28's functions
 * for SQL, {@link ReportingPeriod#timeliness}, {@link ComplianceStatus} and the checklist's version
 * query for Java. Here the two answer the same on the edge cases.
 */
@IntegrationTest
class RulesAgreementTest {

    private static final ZoneId VIETNAM = TestClock.VIETNAM;
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 5);
    /** The first instant of 6 December in Vietnam, the first one after the deadline day. */
    private static final Instant AFTER_DEADLINE = DEADLINE.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    /** The last instant PostgreSQL can tell apart (a microsecond) that is still on the deadline day. */
    private static final Instant LAST_OF_DEADLINE_DAY = AFTER_DEADLINE.minus(Duration.ofNanos(1_000));

    private final ReportingPeriod november = new ReportingPeriod(YearMonth.of(2026, 11), DEADLINE, Instant.EPOCH);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChecklistService checklist;

    @Test
    void javaAndSqlGiveTheSameTimelinessAroundTheLastInstantOfTheDeadlineDayInVietnamTime() {
        List<Instant> moments = List.of(DEADLINE.atStartOfDay(VIETNAM).toInstant(), LAST_OF_DEADLINE_DAY,
                AFTER_DEADLINE, AFTER_DEADLINE.plus(Duration.ofNanos(1_000)),
                // 23:30 on the deadline day in UTC is already the next day in Vietnam (UTC+7)
                DEADLINE.atTime(23, 30).atZone(ZoneId.of("UTC")).toInstant());
        List<String> compared = new ArrayList<>();
        for (Instant now : moments) {
            compared.add(compare(null, now, VIETNAM));
            for (Instant submitted : moments) {
                compared.add(compare(submitted, now, VIETNAM));
            }
        }
        assertThat(compared).hasSize(30).allMatch(line -> line.startsWith("same"));
    }

    @Test
    void theLastInstantOfTheDeadlineDayIsOnTimeAndTheNextIsLateOnBothSides() {
        assertThat(sqlTimeliness(LAST_OF_DEADLINE_DAY, AFTER_DEADLINE, VIETNAM)).isEqualTo(Timeliness.ON_TIME);
        assertThat(sqlTimeliness(AFTER_DEADLINE, AFTER_DEADLINE, VIETNAM)).isEqualTo(Timeliness.LATE);
        assertThat(sqlTimeliness(null, LAST_OF_DEADLINE_DAY, VIETNAM)).isEqualTo(Timeliness.NOT_DUE);
        assertThat(sqlTimeliness(null, AFTER_DEADLINE, VIETNAM)).isEqualTo(Timeliness.MISSING);
        assertThat(november.timeliness(LAST_OF_DEADLINE_DAY, AFTER_DEADLINE, VIETNAM)).isEqualTo(Timeliness.ON_TIME);
        assertThat(november.timeliness(AFTER_DEADLINE, AFTER_DEADLINE, VIETNAM)).isEqualTo(Timeliness.LATE);
        assertThat(november.timeliness(null, LAST_OF_DEADLINE_DAY, VIETNAM)).isEqualTo(Timeliness.NOT_DUE);
        assertThat(november.timeliness(null, AFTER_DEADLINE, VIETNAM)).isEqualTo(Timeliness.MISSING);
    }

    @Test
    void theDeadlineDayCountsInTheConfiguredZoneOnBothSides() {
        // 00:30 on 6 December in Vietnam is 17:30 on the 5th in UTC: late in Vietnam, on the day in UTC
        Instant halfPastMidnight = AFTER_DEADLINE.plus(Duration.ofMinutes(30));
        ZoneId utc = ZoneId.of("UTC");
        assertThat(sqlTimeliness(halfPastMidnight, halfPastMidnight, VIETNAM)).isEqualTo(Timeliness.LATE);
        assertThat(sqlTimeliness(halfPastMidnight, halfPastMidnight, utc)).isEqualTo(Timeliness.ON_TIME);
        assertThat(compare(halfPastMidnight, halfPastMidnight, utc)).startsWith("same");
        assertThat(ReportingPeriod.deadlinePassed(DEADLINE, LAST_OF_DEADLINE_DAY, VIETNAM)).isFalse();
        assertThat(ReportingPeriod.deadlinePassed(DEADLINE, AFTER_DEADLINE, VIETNAM)).isTrue();
        assertThat(jdbc.queryForObject("SELECT deadline_end(?, ?)", OffsetDateTime.class, DEADLINE, VIETNAM.getId())
                .toInstant()).isEqualTo(AFTER_DEADLINE);
    }

    @Test
    @Transactional
    void theVersionInForceIsTheLatestThatHadBegunAndNotEndedAndNoneBeforeTheFirst() {
        long original = sqlVersionInForce(YearMonth.of(2021, 8)).orElseThrow();
        long trial = jdbc.queryForObject("""
                INSERT INTO checklist_version (directive_id, name, effective_from, effective_to)
                SELECT directive_id, 'Bộ tiêu chí thử nghiệm quý I/2031', DATE '2031-01-01', DATE '2031-03-01'
                FROM checklist_version WHERE id = ? RETURNING id""", Long.class, original);

        assertThat(sqlVersionInForce(YearMonth.of(2021, 7))).as("before the directive").isEmpty();
        assertThat(sqlVersionInForce(YearMonth.of(2030, 12))).contains(original);
        assertThat(sqlVersionInForce(YearMonth.of(2031, 1))).as("the trial's first month").contains(trial);
        assertThat(sqlVersionInForce(YearMonth.of(2031, 3))).as("the trial's last month").contains(trial);
        assertThat(sqlVersionInForce(YearMonth.of(2031, 4))).as("after the trial").contains(original);
        // Java has no second definition: it reads the version through the same function
        assertThat(checklist.versionInForce(YearMonth.of(2031, 1)).map(ChecklistVersion::getId)).contains(trial);
        assertThat(checklist.versionInForce(YearMonth.of(2021, 7))).isEmpty();
    }

    @Test
    @Transactional
    void aMonthWithNoVersionHasNoneOnEitherSide() {
        jdbc.update("UPDATE checklist_version SET effective_to = DATE '2031-05-01' WHERE effective_to IS NULL");
        YearMonth afterTheLast = YearMonth.of(2031, 6);
        assertThat(sqlVersionInForce(afterTheLast)).isEmpty();
        assertThat(checklist.versionInForce(afterTheLast)).isEmpty();
        assertThat(checklist.versionInForce(YearMonth.of(2031, 5))).isPresent();
    }

    @Test
    void everyDutyMarkCountsTheSameInJavaAndSql() {
        List<Character> marks = new ArrayList<>();
        Arrays.stream(ComplianceStatus.values()).forEach(status -> marks.add(status.mark()));
        marks.add(ComplianceStatus.UNANSWERED_MARK);
        assertThat(marks).containsExactly('D', 'P', 'N', 'K', '-');
        for (char mark : marks) {
            ComplianceStatus status = ComplianceStatus.ofMark(mark);
            String letter = String.valueOf(mark);
            assertThat(sqlBoolean("duty_mark_done", letter)).as("done " + mark)
                    .isEqualTo(status != null && status.isDone());
            assertThat(sqlBoolean("duty_mark_applicable", letter)).as("applicable " + mark)
                    .isEqualTo(status != null && status.isApplicable());
            assertThat(sqlBoolean("duty_mark_answered", letter)).as("answered " + mark).isEqualTo(status != null);
        }
    }

    private String compare(Instant submitted, Instant now, ZoneId zone) {
        Timeliness java = november.timeliness(submitted, now, zone);
        Timeliness sql = sqlTimeliness(submitted, now, zone);
        return (java == sql ? "same " : "DIFFERENT ") + java + "/" + sql + " submitted " + submitted + " now " + now;
    }

    private Timeliness sqlTimeliness(Instant submitted, Instant now, ZoneId zone) {
        return Timeliness.valueOf(jdbc.queryForObject("SELECT timeliness(?, deadline_end(?, ?), ?)", String.class,
                submitted == null ? null : utc(submitted), DEADLINE, zone.getId(), utc(now)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private Optional<Long> sqlVersionInForce(YearMonth month) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT checklist_version_in_force(?)", Long.class, month.atDay(1)));
    }

    private boolean sqlBoolean(String function, String mark) {
        return jdbc.queryForObject("SELECT " + function + "(?)", Boolean.class, mark);
    }
}
