package vn.bhxh.tracker.reporting;

import java.util.List;

/**
 * A page's month, read at once ({@link ReportingPeriods#choice}): the period it shows, and the
 * recent periods its month select offers, newest first.
 */
public record MonthChoice(ReportingPeriodRef shown, List<ReportingPeriodRef> recent) {
}
