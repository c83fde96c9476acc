package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.Limit;

import vn.bhxh.tracker.system.NotFoundException;

/**
 * Periods open by themselves: every month since the latest one, with the configured deadline day;
 * the month now due around a deadline, the deadline day counting whole in Vietnam time; and a month
 * asked for is its period or 404, no month the month now due.
 */
class ReportingPeriodsTest {

    private final ReportingPeriodRepository repository = mock(ReportingPeriodRepository.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-01T00:10:00+07:00"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void monthsTheApplicationWasDownForAreOpenedTooWithTheirDeadlines() {
        when(repository.findLatestMonth()).thenReturn(Optional.of(LocalDate.of(2026, 8, 1)));
        when(repository.findByMonth(any())).thenReturn(Optional.of(mock(ReportingPeriod.class)));

        new ReportingPeriods(repository, new ReportingProperties(10, null), clock).openDueMonths();

        ArgumentCaptor<LocalDate> months = ArgumentCaptor.forClass(LocalDate.class);
        ArgumentCaptor<LocalDate> deadlines = ArgumentCaptor.forClass(LocalDate.class);
        verify(repository, times(3)).insertIfAbsent(months.capture(), deadlines.capture(), any());
        assertThat(months.getAllValues()).containsExactly(
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(deadlines.getAllValues()).containsExactly(
                LocalDate.of(2026, 10, 10), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 10));
    }

    @Test
    void theFirstStartOpensFromTheConfiguredFirstMonth() {
        when(repository.findLatestMonth()).thenReturn(Optional.empty());
        when(repository.findByMonth(any())).thenReturn(Optional.of(mock(ReportingPeriod.class)));

        new ReportingPeriods(repository, new ReportingProperties(null, YearMonth.of(2026, 10)), clock).openDueMonths();

        verify(repository).insertIfAbsent(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 5),
                Instant.parse("2026-10-31T17:10:00Z"));
        verify(repository).insertIfAbsent(eq(LocalDate.of(2026, 11, 1)), any(), any());
    }

    @Test
    void nothingIsOpenedWhenTheCurrentMonthIsOpenAlready() {
        when(repository.findLatestMonth()).thenReturn(Optional.of(LocalDate.of(2026, 11, 1)));
        new ReportingPeriods(repository, new ReportingProperties(null, null), clock).openDueMonths();
        verify(repository, never()).insertIfAbsent(any(), any(), any());
    }

    @Test
    void theMonthNowDueIsTheOneWhoseDeadlineComesNextTheDeadlineDayCountingWhole() {
        when(repository.findByMonth(any())).thenReturn(Optional.empty());
        assertThat(currentMonthAt("2026-12-01T00:00:00+07:00")).isEqualTo(YearMonth.of(2026, 11));
        assertThat(currentMonthAt("2026-12-05T23:59:59.999+07:00")).isEqualTo(YearMonth.of(2026, 11));
        assertThat(currentMonthAt("2026-12-06T00:00:00+07:00")).isEqualTo(YearMonth.of(2026, 12));
        // still the 5th in UTC, already the 6th in Vietnam
        assertThat(currentMonthAt("2026-12-05T17:00:00Z")).isEqualTo(YearMonth.of(2026, 12));
        assertThat(currentMonthAt("2026-12-31T23:59:59+07:00")).isEqualTo(YearMonth.of(2026, 12));
        assertThat(currentMonthAt("2027-01-01T00:00:00+07:00")).isEqualTo(YearMonth.of(2026, 12));
        assertThat(currentMonthAt("2027-01-06T00:00:00+07:00")).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void theMonthNowDueFollowsThePreviousPeriodsOwnDeadlineWhenTheSettingChangedSince() {
        ReportingPeriod november = new ReportingPeriod(YearMonth.of(2026, 11), LocalDate.of(2026, 12, 10), Instant.EPOCH);
        when(repository.findByMonth(LocalDate.of(2026, 11, 1))).thenReturn(Optional.of(november));
        assertThat(currentMonthAt("2026-12-08T09:00:00+07:00")).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aMonthAskedForIsItsPeriodOr404AndNoMonthIsTheMonthNowDue() {
        ReportingPeriod october = new ReportingPeriod(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5), Instant.EPOCH);
        when(repository.findByMonth(any())).thenReturn(Optional.empty());
        when(repository.findByMonth(LocalDate.of(2026, 10, 1))).thenReturn(Optional.of(october));
        // at the clock's moment, 1 November, October is the month now due
        ReportingPeriods periods = new ReportingPeriods(repository, new ReportingProperties(null, null), clock);

        ReportingPeriodRef octoberNow = october.asOf(clock.instant(), clock.getZone());
        assertThat(periods.get(YearMonth.of(2026, 10))).isEqualTo(octoberNow);
        assertThat(periods.getOrCurrent(YearMonth.of(2026, 10))).isEqualTo(octoberNow);
        assertThat(periods.getOrCurrent(null)).isEqualTo(octoberNow);
        // read at the clock's moment: October is over, its deadline not yet passed
        assertThat(octoberNow.monthEnded()).isTrue();
        assertThat(octoberNow.deadlinePassed()).isFalse();
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> periods.get(YearMonth.of(1999, 1)));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> periods.getOrCurrent(YearMonth.of(1999, 1)));
    }

    @Test
    void aPagesMonthIsTakenFromTheRecentPeriodsItsSelectOffersWithoutReadingItAgain() {
        ReportingPeriod september = new ReportingPeriod(YearMonth.of(2026, 9), LocalDate.of(2026, 10, 5), Instant.EPOCH);
        ReportingPeriod october = new ReportingPeriod(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5), Instant.EPOCH);
        when(repository.findAllByOrderByMonthDesc(any(Limit.class))).thenReturn(List.of(october, september));
        ReportingPeriods periods = new ReportingPeriods(repository, new ReportingProperties(null, null), clock);
        ReportingPeriodRef septemberNow = september.asOf(clock.instant(), clock.getZone());
        ReportingPeriodRef octoberNow = october.asOf(clock.instant(), clock.getZone());

        MonthChoice asked = periods.choice(YearMonth.of(2026, 9));
        assertThat(asked.shown()).isEqualTo(septemberNow);
        assertThat(asked.recent()).containsExactly(octoberNow, septemberNow);
        // no month: the month now due (1 November: October, its deadline on 5 November not yet over)
        assertThat(periods.choice(null).shown()).isEqualTo(octoberNow);
        verify(repository, never()).findByMonth(any());
    }

    @Test
    void aPagesMonthNotAmongTheRecentPeriodsIsLookedUpOr404OrOpenedWhenDue() {
        ReportingPeriod january = new ReportingPeriod(YearMonth.of(2020, 1), LocalDate.of(2020, 2, 5), Instant.EPOCH);
        ReportingPeriod october = new ReportingPeriod(YearMonth.of(2026, 10), LocalDate.of(2026, 11, 5), Instant.EPOCH);
        when(repository.findAllByOrderByMonthDesc(any(Limit.class))).thenReturn(List.of());
        when(repository.findByMonth(any())).thenReturn(Optional.empty());
        when(repository.findByMonth(LocalDate.of(2020, 1, 1))).thenReturn(Optional.of(january));
        ReportingPeriods periods = new ReportingPeriods(repository, new ReportingProperties(null, null), clock);

        assertThat(periods.choice(YearMonth.of(2020, 1)).shown()).isEqualTo(january.asOf(clock.instant(), clock.getZone()));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> periods.choice(YearMonth.of(1999, 1)));

        // no period at all yet: the month now due is opened (not found by the month now due's rule, nor
        // by getOrCurrent, then read once inserted), and offered
        when(repository.findByMonth(LocalDate.of(2026, 10, 1))).thenReturn(Optional.empty(), Optional.empty(), Optional.of(october));
        when(repository.findAllByOrderByMonthDesc(any(Limit.class))).thenReturn(List.of(), List.of(october));
        MonthChoice due = periods.choice(null);
        verify(repository).insertIfAbsent(eq(LocalDate.of(2026, 10, 1)), any(), any());
        assertThat(due.shown().month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(due.recent()).extracting(ReportingPeriodRef::month).containsExactly(YearMonth.of(2026, 10));
    }

    @Test
    void theMonthNowDueOfAPageFollowsThePreviousPeriodAmongTheRecentOnesOrLooksItUp() {
        // 8 December 2026: November's own deadline, the 10th, is not over; by the setting (5th) it would be
        Clock december8 = Clock.fixed(Instant.parse("2026-12-08T09:00:00+07:00"), ZoneId.of("Asia/Ho_Chi_Minh"));
        ReportingPeriod november = new ReportingPeriod(YearMonth.of(2026, 11), LocalDate.of(2026, 12, 10), Instant.EPOCH);
        ReportingPeriod december = new ReportingPeriod(YearMonth.of(2026, 12), LocalDate.of(2027, 1, 5), Instant.EPOCH);
        when(repository.findAllByOrderByMonthDesc(any(Limit.class))).thenReturn(List.of(december, november));
        ReportingPeriods periods = new ReportingPeriods(repository, new ReportingProperties(5, null), december8);
        assertThat(periods.choice(null).shown().month()).isEqualTo(YearMonth.of(2026, 11));
        verify(repository, never()).findByMonth(any());

        // November older than every recent period (as if 24 later ones were open): looked up
        ReportingPeriod january = new ReportingPeriod(YearMonth.of(2027, 1), LocalDate.of(2027, 2, 5), Instant.EPOCH);
        when(repository.findAllByOrderByMonthDesc(any(Limit.class))).thenReturn(List.of(january, december));
        when(repository.findByMonth(LocalDate.of(2026, 11, 1))).thenReturn(Optional.of(november));
        assertThat(periods.choice(null).shown().month()).isEqualTo(YearMonth.of(2026, 11));
        verify(repository, atLeastOnce()).findByMonth(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aDeadlineDayReadWithoutItsPeriodHasPassedFromMidnightAfterItByTheClock() {
        // the clock: 1 November 2026, ten past midnight in Vietnam (still 31 October in UTC)
        ReportingPeriods periods = new ReportingPeriods(repository, new ReportingProperties(null, null), clock);
        assertThat(periods.deadlineDayPassed(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(periods.deadlineDayPassed(LocalDate.of(2026, 11, 1))).isFalse();
    }

    private YearMonth currentMonthAt(String instant) {
        Clock at = Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Ho_Chi_Minh"));
        return new ReportingPeriods(repository, new ReportingProperties(null, null), at).currentMonth();
    }
}
