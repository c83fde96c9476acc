package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;

/**
 * Whose reports a user may read, as the queries apply it. A reader with a unit ({@code readerUnitId})
 * reads some units' reports whole, drafts and unsubmitted revisions included, by one rule written once
 * in SQL ({@code reads_report_whole}, V34; {@link SelfAssessments#readsWhole}): a unit leader their own
 * unit's and those of every unit it continued (its lineage); a provincial director ({@code oversees})
 * those of the units under their office, or under an office it continued, in the report's month or
 * later, with those units' lineages. {@code everyUnit} adds every other unit's reports as submitted
 * (reviewers, executives): they see that a draft exists, never what it says. Nobody else reads reports.
 * Reading is all it gives: who changes a report is {@link SelfAssessments#canEdit}'s rule.
 * {@link SelfAssessments#scopeOf} gives a user's.
 */
@NamedInterface(name = "api", propagate = false)
public record SelfAssessmentScope(boolean everyUnit, Long readerUnitId, boolean oversees) {

    /** No unit has this id: a reader without a unit reads no unit's reports whole. */
    private static final long NO_UNIT = -1;

    static SelfAssessmentScope of(CurrentUser user) {
        boolean everyUnit = user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE);
        if (user.unitId() != null && user.hasRole(Role.PROVINCE_DIRECTOR)) {
            return new SelfAssessmentScope(everyUnit, user.unitId(), true);
        }
        if (user.unitId() != null && user.hasRole(Role.UNIT_LEADER)) {
            return new SelfAssessmentScope(everyUnit, user.unitId(), false);
        }
        return new SelfAssessmentScope(everyUnit, null, false);
    }

    /**
     * The same scope without every other unit's submitted reports: the units it reads whole, for a
     * query that must find only what it may read of a report not yet submitted.
     */
    public SelfAssessmentScope withoutOtherUnits() {
        return new SelfAssessmentScope(false, readerUnitId, oversees);
    }

    /** The reader's unit as a query's parameter: never null, so that a reader without a unit reads no unit whole. */
    long readerUnitForQuery() {
        return readerUnitId == null ? NO_UNIT : readerUnitId;
    }
}
