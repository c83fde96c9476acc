package vn.bhxh.tracker.reporting;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;

/**
 * Whose reports a user may read, as the queries apply it: every unit (reviewers, executives), a
 * provincial office with its district offices (provincial directors), or one unit (unit leaders).
 * Nobody else reads reports.
 */
public record ReportScope(boolean everyUnit, long unitId, boolean withDistricts) {

    private static final long NO_UNIT = -1;

    public static ReportScope of(CurrentUser user) {
        if (user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE)) {
            return new ReportScope(true, user.unitId(), false);
        }
        if (user.hasRole(Role.PROVINCE_DIRECTOR)) {
            return new ReportScope(false, user.unitId(), true);
        }
        if (user.hasRole(Role.UNIT_LEADER)) {
            return new ReportScope(false, user.unitId(), false);
        }
        return new ReportScope(false, NO_UNIT, false);
    }
}
