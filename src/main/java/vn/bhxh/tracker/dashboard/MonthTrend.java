package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of the trend; until its deadline has passed its figures are "so far". */
public record MonthTrend(YearMonth month, int expected, int onTime, int late, int notSubmitted,
                         BigDecimal complianceRate, boolean deadlinePassed) {

    /** Share submitted on time; none before the deadline. */
    public BigDecimal onTimeRate() {
        return deadlinePassed ? MonthSummary.rate(onTime, expected) : null;
    }

    /** Share submitted so far, on time or late. */
    public BigDecimal submittedRate() {
        return MonthSummary.rate(onTime + late, expected);
    }

    public BigDecimal lateRate() {
        return MonthSummary.rate(late, expected);
    }
}
