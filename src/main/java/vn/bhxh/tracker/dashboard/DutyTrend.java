package vn.bhxh.tracker.dashboard;

import java.util.List;

/** One duty's months, oldest first. */
public record DutyTrend(String code, List<DutyMonth> months) {
}
