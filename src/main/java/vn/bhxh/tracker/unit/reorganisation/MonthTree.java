package vn.bhxh.tracker.unit.reorganisation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The units in force in one month, each as the version that holds that month gives it (what SQL's
 * {@code unit_tree(month)} returns, with each version's span), and the codes ever given to a unit: what
 * a plan for that month is checked against.
 */
final class MonthTree {

    /** A unit in force in the month, with the span of its version that holds it. */
    record TreeUnit(long id, String code, String name, UnitLevel level, Long parentId, YearMonth validFrom,
                    YearMonth validTo) {
    }

    private final YearMonth month;
    private final Map<String, TreeUnit> byCode = new HashMap<>();
    private final Map<Long, TreeUnit> byId = new HashMap<>();
    private final Map<Long, List<TreeUnit>> children = new HashMap<>();
    private final Set<String> usedCodes;

    MonthTree(YearMonth month, Collection<TreeUnit> inForce, Set<String> usedCodes) {
        this.month = month;
        this.usedCodes = Set.copyOf(usedCodes);
        for (TreeUnit unit : inForce) {
            byCode.put(unit.code(), unit);
            byId.put(unit.id(), unit);
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(TreeUnit::code)));
    }

    YearMonth month() {
        return month;
    }

    /** The unit with this code, if it is in force in the month. */
    Optional<TreeUnit> inForce(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Whether a unit ever had this code (codes are never given again). */
    boolean isUsed(String code) {
        return usedCodes.contains(code);
    }

    /** The unit above this one in the month, if any. */
    Optional<TreeUnit> parentOf(TreeUnit unit) {
        return Optional.ofNullable(unit.parentId() == null ? null : byId.get(unit.parentId()));
    }

    /** The units right under this one in the month, by code. */
    List<TreeUnit> childrenOf(TreeUnit unit) {
        return children.getOrDefault(unit.id(), List.of());
    }

    Collection<TreeUnit> units() {
        return byCode.values();
    }
}
