package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

/**
 * Timeliness comes from timestamps against the deadline day, read in Vietnam's time zone; other
 * modules see a period as a {@link ReportingPeriodRef} with what these rules say of it.
 */
class ReportingPeriodTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ReportingPeriod october = new ReportingPeriod(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5), Instant.EPOCH);

    @Test
    void aSubmissionInTheLastSecondOfTheDeadlineDayInVietnamIsOnTime() {
        Instant lastSecond = ZonedDateTime.of(2026, 11, 5, 23, 59, 59, 999_000_000, VIETNAM).toInstant();
        assertThat(october.timeliness(lastSecond, lastSecond, VIETNAM)).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void aSubmissionAtMidnightAfterTheDeadlineDayIsLateEvenThoughItIsStillTheFifthInUtc() {
        Instant midnight = ZonedDateTime.of(2026, 11, 6, 0, 0, 0, 0, VIETNAM).toInstant();
        assertThat(midnight.toString()).startsWith("2026-11-05T17:00");
        assertThat(october.timeliness(midnight, midnight, VIETNAM)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void withoutASubmissionTheUnitIsNotDueUntilTheDeadlinePassesAndThenMissing() {
        Instant before = ZonedDateTime.of(2026, 11, 5, 12, 0, 0, 0, VIETNAM).toInstant();
        Instant after = ZonedDateTime.of(2026, 11, 6, 0, 0, 1, 0, VIETNAM).toInstant();
        assertThat(october.timeliness(null, before, VIETNAM)).isEqualTo(Timeliness.NOT_DUE);
        assertThat(october.timeliness(null, after, VIETNAM)).isEqualTo(Timeliness.MISSING);
    }

    @Test
    void aMonthCanBeSubmittedFromTheFirstSecondOfTheNextMonthInVietnam() {
        Instant lastSecond = ZonedDateTime.of(2026, 10, 31, 23, 59, 59, 0, VIETNAM).toInstant();
        Instant midnight = ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, VIETNAM).toInstant();
        assertThat(october.hasEnded(lastSecond, VIETNAM)).isFalse();
        assertThat(october.hasEnded(midnight, VIETNAM)).isTrue();
        assertThat(october.submissionOpensOn()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void daysLeftCountWholeDaysToTheDeadlineDayZeroOnItAndNegativeAfter() {
        ReportingPeriodRef ref = october.asOf(Instant.EPOCH, VIETNAM);
        assertThat(ref.daysLeft(LocalDate.of(2026, 11, 3))).isEqualTo(2);
        assertThat(ref.daysLeft(LocalDate.of(2026, 11, 5))).isZero();
        assertThat(ref.daysLeft(LocalDate.of(2026, 11, 6))).isEqualTo(-1);
        assertThat(ref.daysLeft(LocalDate.of(2026, 10, 31))).isEqualTo(5);
    }

    @Test
    void otherModulesSeeThePeriodWithWhatItsRulesSayAtTheMomentItWasRead() {
        Instant lastMomentOfTheDeadlineDay = ZonedDateTime.of(2026, 11, 5, 23, 59, 59, 999_999_999, VIETNAM).toInstant();
        ReportingPeriodRef duringTheMonth = october.asOf(ZonedDateTime.of(2026, 10, 31, 23, 59, 59, 0, VIETNAM).toInstant(), VIETNAM);
        ReportingPeriodRef onTheDeadlineDay = october.asOf(lastMomentOfTheDeadlineDay, VIETNAM);
        ReportingPeriodRef afterIt = october.asOf(lastMomentOfTheDeadlineDay.plusNanos(1), VIETNAM);

        assertThat(duringTheMonth).isEqualTo(new ReportingPeriodRef(null, YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5),
                Instant.EPOCH, LocalDate.of(2026, 11, 1), false, false));
        assertThat(onTheDeadlineDay.monthEnded()).isTrue();
        assertThat(onTheDeadlineDay.deadlinePassed()).isFalse();
        assertThat(afterIt.deadlinePassed()).isTrue();
        // the same moment in UTC is still the deadline day there: the zone decides
        assertThat(october.asOf(lastMomentOfTheDeadlineDay.plusNanos(1), ZoneId.of("UTC")).deadlinePassed()).isFalse();
    }

    @Test
    void theDeadlineHasPassedFromMidnightAfterItsDayInVietnam() {
        Instant lastMoment = ZonedDateTime.of(2026, 11, 5, 23, 59, 59, 999_999_999, VIETNAM).toInstant();
        assertThat(october.deadlinePassed(lastMoment, VIETNAM)).isFalse();
        assertThat(october.deadlinePassed(lastMoment.plusNanos(1), VIETNAM)).isTrue();
    }
}
