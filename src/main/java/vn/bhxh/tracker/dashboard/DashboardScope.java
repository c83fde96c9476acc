package vn.bhxh.tracker.dashboard;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;

/**
 * Which units' figures a user may see, applied in the queries: the whole country (reviewers,
 * executives), optionally narrowed to one province, or only a provincial director's own province.
 *
 * @param provinceId the provincial office whose units (itself and its districts) are shown; null for all
 */
@NamedInterface(name = "api", propagate = false)
public record DashboardScope(Long provinceId) {

    public static final DashboardScope NATIONAL = new DashboardScope(null);

    /**
     * The scope for a user who asked for {@code requestedProvinceId} (or null for the whole country);
     * a provincial director always gets their own province, whatever they asked for.
     *
     * @throws AccessDeniedException for anyone else
     */
    public static DashboardScope of(CurrentUser user, Long requestedProvinceId) {
        if (choosesProvince(user)) {
            return new DashboardScope(requestedProvinceId);
        }
        if (user.hasRole(Role.PROVINCE_DIRECTOR)) {
            return new DashboardScope(user.unitId());
        }
        throw new AccessDeniedException("no dashboard for this user");
    }

    /** Whether the user sees the whole country and may choose any province (reviewers, executives). */
    public static boolean choosesProvince(CurrentUser user) {
        return user.hasRole(Role.REVIEWER) || user.hasRole(Role.EXECUTIVE);
    }

    public boolean isNational() {
        return provinceId == null;
    }
}
