package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.springframework.modulith.NamedInterface;

/**
 * A reporting period as another module refers to it, without the entity: its id, month and deadline
 * day, and what {@link ReportingPeriod}'s rules said of it by the application's clock when
 * {@link ReportingPeriods} read it (whether the deadline has passed, whether the month is over). A
 * module keeps the id and asks {@code ReportingPeriods} again for a later moment.
 *
 * @param submissionOpensOn the first day on which the month's report can be submitted
 * @param deadlinePassed    whether the deadline day was over: the month's figures are final, no longer "so far"
 * @param monthEnded        whether the month was over, so that its reports could be submitted
 */
@NamedInterface(name = "api", propagate = false)
public record ReportingPeriodRef(Long id, YearMonth month, LocalDate deadlineDate, Instant openedAt,
                                 LocalDate submissionOpensOn, boolean deadlinePassed, boolean monthEnded) {

    /**
     * Whole days from {@code today} to the deadline day: 0 on the deadline day itself, negative once
     * it has passed.
     */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadlineDate);
    }
}
