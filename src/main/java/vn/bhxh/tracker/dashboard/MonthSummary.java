package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of a month for a set of units. {@code complianceRate} is the share (0–100, one decimal)
 * of applicable duties reported "Đã thực hiện đầy đủ" in submitted reports; null when none applies.
 */
public record MonthSummary(int expected, int onTime, int late, int missing, int notDue, int returned, int accepted,
                           int submittedWaiting, BigDecimal complianceRate) {

    /** The counts the dashboard shows as cards, each leading to the units behind it. */
    public Map<UnitFilter, Integer> byFigure() {
        Map<UnitFilter, Integer> figures = new LinkedHashMap<>();
        figures.put(UnitFilter.EXPECTED, expected);
        figures.put(UnitFilter.ON_TIME, onTime);
        figures.put(UnitFilter.LATE, late);
        figures.put(UnitFilter.MISSING, missing);
        figures.put(UnitFilter.WAITING, submittedWaiting);
        figures.put(UnitFilter.RETURNED, returned);
        figures.put(UnitFilter.ACCEPTED, accepted);
        return figures;
    }

    static BigDecimal rate(long done, long applicable) {
        return applicable == 0 ? null
                : BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(applicable), 1, RoundingMode.HALF_UP);
    }
}
