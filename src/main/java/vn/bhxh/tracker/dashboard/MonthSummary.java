package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * The figures of a month for a set of units. {@code complianceRate} is the share (0–100, one decimal)
 * of applicable duties reported "Đã thực hiện đầy đủ" in submitted reports; null when none applies.
 * Until the month's deadline has passed ({@code deadlinePassed} false) the figures are "so far": no
 * unit is missing yet, and there is no on-time rate, only the share submitted so far.
 */
@NamedInterface(name = "api", propagate = false)
public record MonthSummary(int expected, int onTime, int late, int missing, int notDue, int returned, int accepted,
                           int submittedWaiting, BigDecimal complianceRate, boolean deadlinePassed) {

    /** The counts the dashboard shows as cards, each leading to the units behind it. */
    public Map<UnitFilter, Integer> byFigure() {
        Map<UnitFilter, Integer> figures = new LinkedHashMap<>();
        figures.put(UnitFilter.EXPECTED, expected);
        figures.put(UnitFilter.ON_TIME, onTime);
        figures.put(UnitFilter.LATE, late);
        // before the deadline nobody is missing yet; a year's earlier months may still have missing units
        if (deadlinePassed || missing > 0) {
            figures.put(UnitFilter.MISSING, missing);
        }
        if (!deadlinePassed) {
            figures.put(UnitFilter.NOT_DUE, notDue);
        }
        figures.put(UnitFilter.WAITING, submittedWaiting);
        figures.put(UnitFilter.RETURNED, returned);
        figures.put(UnitFilter.ACCEPTED, accepted);
        return figures;
    }

    /** Units that have submitted, on time or late. */
    public int submitted() {
        return onTime + late;
    }

    /** Share of the expected units that have submitted, 0–100: the figure to read before the deadline. */
    public BigDecimal submittedRate() {
        return rate(submitted(), expected);
    }

    /** Share of the expected units that submitted on time, 0–100; none until the deadline has passed. */
    public BigDecimal onTimeRate() {
        return deadlinePassed ? rate(onTime, expected) : null;
    }

    static BigDecimal rate(long done, long applicable) {
        return applicable == 0 ? null
                : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP);
    }
}
