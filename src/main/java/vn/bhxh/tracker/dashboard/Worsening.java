package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.util.List;

/** A unit whose share of duties fully done fell month after month; rates oldest first. */
public record Worsening(Long unitId, String code, String name, List<BigDecimal> rates) {
}
