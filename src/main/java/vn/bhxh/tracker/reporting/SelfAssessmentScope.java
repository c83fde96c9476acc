package vn.bhxh.tracker.reporting;

import java.util.Collection;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.unit.UnitDirectory;

/**
 * Whose reports a user may read, as the queries apply it. {@code circle} names the units whose
 * reports the user reads whole, drafts and unsubmitted revisions included: their own unit for unit
 * leaders, their province's office and every office under it for provincial directors
 * ({@link UnitDirectory#circleOf}). {@code everyUnit} adds every other unit's reports as submitted
 * (reviewers, executives): they see that a draft exists, never what it says. Nobody else reads reports.
 * {@link SelfAssessments#scopeOf} gives a user's.
 */
@NamedInterface(name = "api", propagate = false)
public record SelfAssessmentScope(boolean everyUnit, Set<Long> circle) {

    /** No unit has this id: a query's list of units is never empty. */
    private static final long NO_UNIT = -1;

    public SelfAssessmentScope {
        circle = Set.copyOf(circle);
    }

    static SelfAssessmentScope of(CurrentUser user, UnitDirectory units) {
        boolean everyUnit = user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE);
        if (user.hasRole(Role.PROVINCE_DIRECTOR)) {
            return new SelfAssessmentScope(everyUnit, units.circleOf(user.unitId()));
        }
        return new SelfAssessmentScope(everyUnit, ownUnitOf(user));
    }

    /** A unit leader's own unit, the only reports they may change; nothing for anyone else. */
    static SelfAssessmentScope ownUnit(CurrentUser user) {
        return new SelfAssessmentScope(false, ownUnitOf(user));
    }

    private static Set<Long> ownUnitOf(CurrentUser user) {
        return user.hasRole(Role.UNIT_LEADER) && user.unitId() != null ? Set.of(user.unitId()) : Set.of();
    }

    /**
     * The same scope without every other unit's submitted reports: the circle that reads reports
     * whole ({@link #readsWorkInProgressOf}), for a query that must find only what it may read of
     * a report not yet submitted.
     */
    public SelfAssessmentScope withoutOtherUnits() {
        return new SelfAssessmentScope(false, circle);
    }

    /**
     * Whether the user reads this unit's reports as they stand, before the unit submits them: a
     * draft belongs to its unit (and its province's director) until it is submitted.
     */
    public boolean readsWorkInProgressOf(Long unitId) {
        return circle.contains(unitId);
    }

    /** The circle as a query's list of units: never empty, so that the query finds none for an empty circle. */
    public Collection<Long> circleForQuery() {
        return forQuery(circle);
    }

    /** Units as a query's list: never empty (an empty list stands for no unit), so that the query finds none for none. */
    static Collection<Long> forQuery(Collection<Long> unitIds) {
        return unitIds.isEmpty() ? Set.of(NO_UNIT) : unitIds;
    }
}
