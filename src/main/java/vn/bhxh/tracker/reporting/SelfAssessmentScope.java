package vn.bhxh.tracker.reporting;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.unit.Unit;

/**
 * Whose reports a user may read, as the queries apply it. {@code unitId} (with its district offices
 * when {@code withDistricts}) names the units whose reports the user reads whole, drafts and
 * unsubmitted revisions included: their own unit for unit leaders, their province for provincial
 * directors. {@code everyUnit} adds every other unit's reports as submitted (reviewers, executives):
 * they see that a draft exists, never what it says. Nobody else reads reports.
 */
public record SelfAssessmentScope(boolean everyUnit, long unitId, boolean withDistricts) {

    private static final long NO_UNIT = -1;

    public static SelfAssessmentScope of(CurrentUser user) {
        boolean everyUnit = user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE);
        if (user.hasRole(Role.PROVINCE_DIRECTOR)) {
            return new SelfAssessmentScope(everyUnit, user.unitId(), true);
        }
        if (user.hasRole(Role.UNIT_LEADER)) {
            return new SelfAssessmentScope(everyUnit, user.unitId(), false);
        }
        return new SelfAssessmentScope(everyUnit, NO_UNIT, false);
    }

    /**
     * The same scope without every other unit's submitted reports: the circle that reads reports
     * whole ({@link #readsWorkInProgressOf}), for a query that must find only what it may read of
     * a report not yet submitted.
     */
    public SelfAssessmentScope withoutOtherUnits() {
        return new SelfAssessmentScope(false, unitId, withDistricts);
    }

    /**
     * Whether the user reads this unit's reports as they stand, before the unit submits them: a
     * draft belongs to its unit (and its province's director) until it is submitted.
     */
    public boolean readsWorkInProgressOf(Unit unit) {
        return unit.getId() == unitId
                || withDistricts && unit.getParent() != null && unit.getParent().getId() == unitId;
    }
}
