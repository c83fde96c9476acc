package vn.bhxh.tracker.unit;

import java.time.YearMonth;

/**
 * The months a unit's version holds for: from {@code from} up to, not including, {@code until} (null:
 * it still holds). SQL states the same rule as {@code month_span_holds} (V29); UnitRulesAgreementTest
 * checks that the two agree.
 */
public record MonthSpan(YearMonth from, YearMonth until) {

    public MonthSpan {
        if (from == null) {
            throw new IllegalArgumentException("a span starts in a month");
        }
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("a span ends after it starts: " + from + " to " + until);
        }
    }

    /** The span's last month; null while it still holds. */
    public YearMonth last() {
        return until == null ? null : until.minusMonths(1);
    }

    /** Whether the span holds this month. */
    public boolean holds(YearMonth month) {
        return !from.isAfter(month) && (until == null || month.isBefore(until));
    }
}
