package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** One unit's indicator that worsened month after month; values oldest first, and the latest report. */
public record IndicatorWorsening(Long unitId, String code, String name, String dutyCode, String indicator,
                                 String unitOfMeasure, boolean worseWhenHigher, List<BigDecimal> values,
                                 Long lastReportId) {
}
