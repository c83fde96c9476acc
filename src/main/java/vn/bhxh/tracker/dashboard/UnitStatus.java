package vn.bhxh.tracker.dashboard;

import org.springframework.modulith.NamedInterface;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * How one unit that had to report stands in a month: its report (if any), state, timeliness, and
 * how many of its applicable duties it reported fully done. Drafts count as not submitted.
 */
@NamedInterface(name = "api", propagate = false)
public record UnitStatus(Long unitId, String code, String name, UnitLevel level, String parentCode, String parentName,
                         Long reportId, SelfAssessmentState state, Timeliness timeliness, int applicableDuties,
                         int dutiesDone) {

    /** The report's state as the unit's superiors see it: a draft is not submitted yet. */
    public boolean isSubmitted() {
        return state != null && state != SelfAssessmentState.DRAFT;
    }
}
