package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;

/**
 * One province's figures in a month (its office and district offices together); before the deadline
 * ({@code deadlinePassed} false) they are "so far": nobody is missing yet, and the province is ranked
 * by its share submitted so far.
 */
public record ProvinceFigures(Long provinceId, String code, String name, int expected, int onTime, int late,
                              int missing, int notDue, BigDecimal complianceRate, boolean deadlinePassed) {

    /** Share of the province's units that submitted on time, 0–100; none before the deadline. */
    public BigDecimal onTimeRate() {
        return deadlinePassed ? MonthSummary.rate(onTime, expected) : null;
    }

    /** Share of the province's units that have submitted so far, 0–100. */
    public BigDecimal submittedRate() {
        return MonthSummary.rate(onTime + late, expected);
    }

    /** The rate to rank by timeliness: on time once the deadline has passed, submitted so far before. */
    public BigDecimal timelinessRate() {
        return deadlinePassed ? onTimeRate() : submittedRate();
    }
}
