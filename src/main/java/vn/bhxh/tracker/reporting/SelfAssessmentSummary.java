package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.time.YearMonth;

import org.springframework.modulith.NamedInterface;

import vn.bhxh.tracker.unit.UnitRef;

/**
 * A self-assessment as a list of reports shows it to another module (the review queue), without its
 * entity: its id and version, its state, its unit (id, name, and the name of the office above it,
 * none for a unit directly under the agency), its month, when it was last submitted (none if never)
 * and its timeliness now ({@link SelfAssessments#queue}, {@link SelfAssessments#summaryOf}).
 */
@NamedInterface(name = "api", propagate = false)
public record SelfAssessmentSummary(Long id, long version, SelfAssessmentState state, Long unitId, String unitName,
                                    String parentUnitName, YearMonth month, Instant lastSubmittedAt,
                                    Timeliness timeliness) {

    /** Whether the report waits for a reviewer's decision. */
    public boolean awaitsDecision() {
        return state == SelfAssessmentState.SUBMITTED;
    }

    /** The summary of a report read with its period, given its unit and the unit above it (none for a unit under nothing). */
    static SelfAssessmentSummary of(SelfAssessment report, UnitRef unit, UnitRef parent, Timeliness timeliness) {
        return new SelfAssessmentSummary(report.getId(), report.getVersion(), report.getState(), report.getUnitId(),
                unit.name(), parent == null ? null : parent.name(),
                report.getPeriod().getMonth(), report.getLastSubmittedAt(), timeliness);
    }
}
