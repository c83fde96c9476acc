package vn.bhxh.tracker.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the unit hierarchy. A unit's name, level and parent come from its version
 * (V29): "in force today" is the tree of today's month (the application's clock, in Vietnam's time),
 * and the methods that take a month read that month's tree. A unit shown for a month in which it did not
 * exist is shown by its nearest version: the last before that month (a unit that has ended shows as it
 * last was), or else its first (a unit created later shows as it will start).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class UnitDirectory {

    private final UnitRepository units;
    private final UnitVersionRepository versions;
    private final UnitSuccessionRepository successions;
    private final Clock clock;

    UnitDirectory(UnitRepository units, UnitVersionRepository versions, UnitSuccessionRepository successions,
                  Clock clock) {
        this.units = units;
        this.versions = versions;
        this.successions = successions;
        this.clock = clock;
    }

    /** Today's month, by the application's clock (Vietnam's time zone). */
    YearMonth thisMonth() {
        return YearMonth.now(clock);
    }

    /**
     * Units in force today in the hierarchy's order: the agency, its central units, then each
     * provincial office followed by its district offices, each as today's version names it. One query,
     * whatever the number of units.
     */
    public List<UnitOption> optionsInEffect() {
        List<UnitVersionRepository.Row> all = versions.findTree(firstDay(thisMonth()));
        Map<Long, List<UnitVersionRepository.Row>> districtsByProvince = new LinkedHashMap<>();
        for (UnitVersionRepository.Row unit : all) {
            if (levelOf(unit) == UnitLevel.DISTRICT) {
                districtsByProvince.computeIfAbsent(unit.getParentId(), id -> new ArrayList<>()).add(unit);
            }
        }
        List<UnitOption> options = new ArrayList<>();
        for (UnitVersionRepository.Row unit : all) {
            switch (levelOf(unit)) {
                case AGENCY -> options.add(option(unit, 0));
                case CENTRAL -> options.add(option(unit, 1));
                case PROVINCE -> {
                    options.add(option(unit, 1));
                    districtsByProvince.getOrDefault(unit.getUnitId(), List.of())
                            .forEach(district -> options.add(option(district, 2)));
                }
                case DISTRICT -> { /* listed under their province */ }
            }
        }
        return options;
    }

    Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }

    /**
     * The unit, in force today or not, for a module that keeps its id: as today's version gives it, or
     * for a unit that no longer exists as its last version (for one not yet created, its first).
     */
    public Optional<UnitRef> refOf(Long id) {
        return refOf(id, thisMonth());
    }

    /**
     * The unit as it was in a month (a report's, say): as that month's version gives it, or for a month in
     * which it did not exist its nearest version (the last before the month, or else its first).
     */
    public Optional<UnitRef> refOf(Long id, YearMonth month) {
        return id == null ? Optional.empty() : Optional.ofNullable(refsOf(List.of(id), month).get(id));
    }

    /** The unit, if it is in force today (a choice a form may still offer), as today's version gives it. */
    public Optional<UnitRef> refInEffect(Long id) {
        return refInEffect(id, thisMonth());
    }

    /** The unit, if it is in force in the month (one of its versions holds it), as that version gives it. */
    public Optional<UnitRef> refInEffect(Long id, YearMonth month) {
        return id == null ? Optional.empty() : versions.findInTree(id, firstDay(month)).map(UnitVersionRepository.Row::ref);
    }

    /**
     * The unit with this code, in force today or not: as today's version gives it, or for a unit that no
     * longer exists as its last version (for one not yet created, its first).
     */
    public Optional<UnitRef> refByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(refsByCode(List.of(code)).get(code));
    }

    /**
     * These units, in force today or not, by id, each as today's version gives it, or for a unit that no
     * longer exists as its last version (for one not yet created, its first); one query. An unknown id
     * is left out.
     */
    public Map<Long, UnitRef> refsOf(Collection<Long> ids) {
        return refsOf(ids, thisMonth());
    }

    /**
     * These units as they were in a month, by id, each as that month's version gives it, or for a month
     * in which it did not exist its nearest version (the last before the month, or else its first); one
     * query. An unknown id is left out.
     */
    public Map<Long, UnitRef> refsOf(Collection<Long> ids, YearMonth month) {
        return ids.isEmpty() ? Map.of()
                : versions.findNearest(ids, firstDay(month)).stream().map(UnitVersionRepository.Row::ref)
                        .collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    /**
     * These units, in force today or not, by code, each as today's version gives it, or for a unit that
     * no longer exists as its last version (for one not yet created, its first); one query. An unknown
     * code is left out.
     */
    public Map<String, UnitRef> refsByCode(Collection<String> codes) {
        return codes.isEmpty() ? Map.of()
                : versions.findNearestByCode(codes, firstDay(thisMonth())).stream().map(UnitVersionRepository.Row::ref)
                        .collect(Collectors.toMap(UnitRef::code, Function.identity()));
    }

    /** The district offices under a provincial office in today's tree, by code. */
    public List<UnitRef> districtsOf(Long provinceId) {
        return districtsOf(provinceId, thisMonth());
    }

    /** The units right under a unit in a month's tree (a provincial office's district offices), by code. */
    public List<UnitRef> districtsOf(Long provinceId, YearMonth month) {
        return versions.findTreeChildren(provinceId, firstDay(month)).stream().map(UnitVersionRepository.Row::ref).toList();
    }

    /**
     * Those of these units in force in the month (one of their versions holds it), as that month's versions
     * give them, by id; one query. A unit not in force that month, or unknown, is left out.
     */
    public Map<Long, UnitRef> refsInEffect(Collection<Long> ids, YearMonth month) {
        return ids.isEmpty() ? Map.of()
                : versions.findInTreeAmong(ids, firstDay(month)).stream().map(UnitVersionRepository.Row::ref)
                        .collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    /**
     * For each of these units that came under the office after the month, how: the first later change
     * that did it, either a version of the unit under the office (it moved) or a succession (it merged or
     * split into another unit, named as it stood in the month that succession took effect), with its
     * decision's number; by the unit's id; a unit that did neither after the month is left out. A page
     * of a month before a reorganisation says so beside the units it lists that were not yet the office's.
     */
    public Map<Long, UnitArrival> arrivalsUnder(Long officeId, Collection<Long> ids, YearMonth month) {
        if (officeId == null || ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, UnitArrival> arrivals = new HashMap<>();
        for (UnitVersionRepository.ArrivalRow row : versions.findArrivals(officeId, ids, firstDay(month))) {
            boolean moved = row.getMovedFrom() != null
                    && (row.getJoinedOn() == null || !row.getMovedFrom().isAfter(row.getJoinedOn()));
            if (moved) {
                arrivals.put(row.getUnitId(), new UnitArrival(YearMonth.from(row.getMovedFrom()), row.getMovedBy(), null));
            } else if (row.getJoinedOn() != null) {
                YearMonth from = YearMonth.from(row.getJoinedOn());
                refOf(row.getSuccessorId(), from).ifPresent(successor ->
                        arrivals.put(row.getUnitId(), new UnitArrival(from, row.getJoinedBy(), successor)));
            }
        }
        return arrivals;
    }

    /**
     * The unit's lineage: the unit and every unit it continued, through any number of reorganisations
     * (SQL's unit_lineage, V33). For a unit that continued none, the unit alone; for none, nothing.
     */
    public Set<Long> lineageOf(Long unitId) {
        return unitId == null ? Set.of() : Set.copyOf(successions.findLineageOf(unitId));
    }

    /**
     * The unit's lineage as it stood in a month: through the successions that had taken effect by then
     * (a trend seen from 05/2024 does not yet count what merged into the unit in 04/2025).
     */
    public Set<Long> lineageOf(Long unitId, YearMonth month) {
        return unitId == null ? Set.of() : Set.copyOf(successions.findLineageOf(unitId, firstDay(month)));
    }


    /**
     * For each of these units that sits under another in today's tree (or by its nearest version, for
     * one not in force today), the unit above it as today's version gives it (or its nearest), by the
     * unit's id; one query.
     */
    public Map<Long, UnitRef> parentsOf(Collection<Long> ids) {
        return parentsOf(ids, thisMonth());
    }

    /**
     * For each of these units that sat under another in a month (by the unit's version of that month, or
     * its nearest), the unit above it as it was in that month (or its nearest), by the unit's id; one query.
     */
    public Map<Long, UnitRef> parentsOf(Collection<Long> ids, YearMonth month) {
        Map<Long, UnitRef> parents = new HashMap<>();
        if (!ids.isEmpty()) {
            versions.findNearestParents(ids, firstDay(month)).forEach(row -> parents.put(row.getChildId(), row.ref()));
        }
        return parents;
    }

    /** The provincial offices in force today, by code, e.g. for a filter. */
    public List<UnitRef> provincesInEffect() {
        return provincesInEffect(thisMonth());
    }

    /**
     * The provincial offices in force in the month, by code, as that month's versions name them (the
     * provinces a page, export or API of the month offers).
     */
    public List<UnitRef> provincesInEffect(YearMonth month) {
        return versions.findTreeOfLevel(UnitLevel.PROVINCE.name(), firstDay(month)).stream()
                .map(UnitVersionRepository.Row::ref).toList();
    }

    /**
     * The provincial office with this code in the month, as that month's version gives it; none for a
     * code that was no provincial office in force then (or for no code).
     */
    public Optional<UnitRef> provinceInEffect(String code, YearMonth month) {
        return code == null ? Optional.empty()
                : versions.findInTreeByLevelAndCode(UnitLevel.PROVINCE.name(), code, firstDay(month))
                        .map(UnitVersionRepository.Row::ref);
    }

    /** How many units of each level are in force today. */
    public Map<UnitLevel, Long> countsByLevel() {
        Map<UnitLevel, Long> counts = new LinkedHashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            counts.put(level, 0L);
        }
        versions.countTreeByLevel(firstDay(thisMonth()))
                .forEach(row -> counts.put(UnitLevel.valueOf(row.getLevel()), row.getCount()));
        return counts;
    }

    private static LocalDate firstDay(YearMonth month) {
        return month.atDay(1);
    }

    private static UnitLevel levelOf(UnitVersionRepository.Row unit) {
        return UnitLevel.valueOf(unit.getLevel());
    }

    private static UnitOption option(UnitVersionRepository.Row unit, int depth) {
        return new UnitOption(unit.getUnitId(), unit.getCode(), unit.getName(), levelOf(unit), depth);
    }
}
