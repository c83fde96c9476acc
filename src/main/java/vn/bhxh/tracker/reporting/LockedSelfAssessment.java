package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/**
 * A self-assessment locked for a reviewer's decision until the caller's transaction ends, as another
 * module sees it without its entity: its id, version, state and unit's id
 * ({@link SelfAssessments#lockForDecision}).
 */
@NamedInterface(name = "api", propagate = false)
public record LockedSelfAssessment(Long id, long version, SelfAssessmentState state, Long unitId) {

    /** Whether the report waits for a reviewer's decision. */
    public boolean awaitsDecision() {
        return state == SelfAssessmentState.SUBMITTED;
    }

    static LockedSelfAssessment of(SelfAssessment report) {
        return new LockedSelfAssessment(report.getId(), report.getVersion(), report.getState(), report.getUnitId());
    }
}
