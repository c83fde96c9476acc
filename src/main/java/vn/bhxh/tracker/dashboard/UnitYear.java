package vn.bhxh.tracker.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * How one unit stood over a range of months (the year to date): in how many months it had to
 * report, submitted on time or late, or did not submit; its duties fully done over those applicable
 * in its submitted reports; and each month's report, oldest first, to drill into.
 */
public record UnitYear(Long unitId, String code, String name, UnitLevel level, String parentCode, String parentName,
                       int months, int onTime, int late, int missing, int notDue, int accepted, int returned,
                       int dutiesDone, int applicableDuties, List<Month> monthly) {

    /** Share of applicable duties reported fully done, 0–100; null when no submitted report had one. */
    public BigDecimal complianceRate() {
        return MonthSummary.rate(dutiesDone, applicableDuties);
    }

    /**
     * The units of its lineage whose months the row counts besides its own ("BHXH tỉnh Hà Giang (T02)"),
     * in the order of their first month; none for most rows.
     */
    public List<String> predecessors() {
        return monthly.stream().filter(Month::isPredecessors).map(month -> month.fromName() + " (" + month.fromCode() + ")")
                .distinct().toList();
    }

    /**
     * One month of the unit's year: its report (null if none) and how it stands; for a month of a unit of
     * its lineage counted in its row, that unit's code and name then (else null).
     */
    public record Month(YearMonth month, Long reportId, SelfAssessmentState state, Timeliness timeliness,
                        String fromCode, String fromName) {

        /** Whether the month is one of a predecessor's, counted in its successor's row. */
        public boolean isPredecessors() {
            return fromCode != null;
        }

        public boolean isSubmitted() {
            return state != null && state != SelfAssessmentState.DRAFT;
        }
    }
}
