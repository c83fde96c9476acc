package vn.bhxh.tracker.dashboard;

import java.time.YearMonth;

/** One duty in one month. */
public record DutyMonth(YearMonth month, DutyTally tally) {
}
