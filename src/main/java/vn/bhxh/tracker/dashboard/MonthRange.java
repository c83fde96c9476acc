package vn.bhxh.tracker.dashboard;

import java.time.YearMonth;

/**
 * The reporting months that a figure covers, both ends included: one month, or a year from January
 * up to a month (the year to date).
 */
public record MonthRange(YearMonth first, YearMonth last) {

    public MonthRange {
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("a range of months must not end before it starts: " + first + " > " + last);
        }
    }

    public static MonthRange of(YearMonth month) {
        return new MonthRange(month, month);
    }

    /** January of the month's year up to the month itself. */
    public static MonthRange yearTo(YearMonth month) {
        return new MonthRange(YearMonth.of(month.getYear(), 1), month);
    }

    /** The twelve months ending with the given one, for the trend charts. */
    public static MonthRange twelveMonthsTo(YearMonth month) {
        return new MonthRange(month.minusMonths(11), month);
    }

    public boolean isSingleMonth() {
        return first.equals(last);
    }
}
