package vn.bhxh.tracker.unit.reorganisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * The people who belong to units, as a reorganisation's preview and its decision's page show them;
 * provided by the account module, which owns them, so that the unit module does not depend on it.
 */
@NamedInterface(name = "api", propagate = false)
public interface UnitPeople {

    /** Everyone whose unit is one of these, enabled or not, by unit then user name. */
    List<UnitMember> membersOf(Collection<Long> unitIds);

    /** Users' full names by id; an unknown id is left out. */
    Map<Long, String> fullNamesOf(Collection<Long> userIds);

    /** A user as a plan's preview lists them. */
    @NamedInterface(name = "api", propagate = false)
    record UnitMember(Long userId, String username, String fullName, Long unitId, boolean enabled) {
    }
}
