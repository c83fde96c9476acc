package vn.bhxh.tracker.reporting;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A page's month, read at once ({@link ReportingPeriods#choice}): the period it shows, and the
 * recent periods its month select offers, newest first.
 */
@NamedInterface(name = "api", propagate = false)
public record MonthChoice(ReportingPeriodRef shown, List<ReportingPeriodRef> recent) {
}
