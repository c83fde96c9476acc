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
 * {@code unit_tree(month)} returns, with each version's span), the codes ever given to a unit, the units
 * that ended before the month and the successions recorded: what a plan for that month is checked
 * against.
 */
final class MonthTree {

    /** A unit in force in the month, with the span of its version that holds it. */
    record TreeUnit(long id, String code, String name, UnitLevel level, Long parentId, YearMonth validFrom,
                    YearMonth validTo) {
    }

    /** A unit whose last version ended before the month ({@code until}: its first month no longer in force), as it last was. */
    record EndedUnit(long id, String code, String name, YearMonth until) {
    }

    /** A succession recorded: from the unit of one code to the unit of another, from a month. */
    record Succession(String predecessorCode, String successorCode, YearMonth from) {
    }

    private final YearMonth month;
    private final Map<String, TreeUnit> byCode = new HashMap<>();
    private final Map<Long, TreeUnit> byId = new HashMap<>();
    private final Map<Long, List<TreeUnit>> children = new HashMap<>();
    private final Set<String> usedCodes;
    private final Map<String, EndedUnit> ended = new HashMap<>();
    private final Map<List<String>, Succession> successions = new HashMap<>();

    MonthTree(YearMonth month, Collection<TreeUnit> inForce, Set<String> usedCodes, Collection<EndedUnit> endedBefore,
              Collection<Succession> recorded) {
        this.month = month;
        this.usedCodes = Set.copyOf(usedCodes);
        endedBefore.forEach(unit -> ended.put(unit.code(), unit));
        recorded.forEach(link -> successions.put(List.of(link.predecessorCode(), link.successorCode()), link));
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

    /** The unit with this code, if it ended before the month (no version of it holds the month or a later one). */
    Optional<EndedUnit> endedBefore(String code) {
        return Optional.ofNullable(ended.get(code));
    }

    /** The succession recorded from one unit to the other, if there is one. */
    Optional<Succession> succession(String predecessorCode, String successorCode) {
        return Optional.ofNullable(successions.get(List.of(predecessorCode, successorCode)));
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
