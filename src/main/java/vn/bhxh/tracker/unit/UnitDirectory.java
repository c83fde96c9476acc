package vn.bhxh.tracker.unit;

import java.time.Clock;
import java.time.LocalDate;
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

/** What other modules ask of the unit hierarchy. */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class UnitDirectory {

    private final UnitRepository units;
    private final Clock clock;

    UnitDirectory(UnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /**
     * Units in effect today in the hierarchy's order: the agency, its central units, then each
     * provincial office followed by its district offices. One query, whatever the number of units.
     */
    public List<UnitOption> optionsInEffect() {
        List<Unit> all = units.findAllInEffect(LocalDate.now(clock));
        Map<Long, List<Unit>> districtsByProvince = new LinkedHashMap<>();
        for (Unit unit : all) {
            if (unit.getLevel() == UnitLevel.DISTRICT) {
                districtsByProvince.computeIfAbsent(unit.getParent().getId(), id -> new ArrayList<>()).add(unit);
            }
        }
        List<UnitOption> options = new ArrayList<>();
        for (Unit unit : all) {
            switch (unit.getLevel()) {
                case AGENCY -> options.add(option(unit, 0));
                case CENTRAL -> options.add(option(unit, 1));
                case PROVINCE -> {
                    options.add(option(unit, 1));
                    districtsByProvince.getOrDefault(unit.getId(), List.of())
                            .forEach(district -> options.add(option(district, 2)));
                }
                case DISTRICT -> { /* listed under their province */ }
            }
        }
        return options;
    }

    /** The unit, if it exists and is in effect today. */
    Optional<Unit> findInEffect(Long id) {
        LocalDate today = LocalDate.now(clock);
        return id == null ? Optional.empty()
                : units.findById(id).filter(unit -> unit.isInEffectOn(today));
    }

    Optional<Unit> findByCode(String code) {
        return units.findByCode(code);
    }

    /** The unit, in effect today or not, for a module that keeps its id. */
    public Optional<UnitRef> refOf(Long id) {
        return id == null ? Optional.empty() : units.findById(id).map(UnitRef::of);
    }

    /** The unit, if it exists and is in effect today (a choice a form may still offer). */
    public Optional<UnitRef> refInEffect(Long id) {
        return findInEffect(id).map(UnitRef::of);
    }

    /** The unit with this code, in effect today or not. */
    public Optional<UnitRef> refByCode(String code) {
        return units.findByCode(code).map(UnitRef::of);
    }

    /** These units, in effect today or not, by id; one query. An unknown id is left out. */
    public Map<Long, UnitRef> refsOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : units.findAllById(ids).stream().map(UnitRef::of).collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }

    /** These units, in effect today or not, by code; one query. An unknown code is left out. */
    public Map<String, UnitRef> refsByCode(Collection<String> codes) {
        return codes.isEmpty() ? Map.of()
                : units.findByCodeIn(codes).stream().map(UnitRef::of).collect(Collectors.toMap(UnitRef::code, Function.identity()));
    }

    /** The district offices under a provincial office that are in effect today. */
    public List<UnitRef> districtsOf(Long provinceId) {
        return units.findChildrenInEffect(provinceId, LocalDate.now(clock)).stream().map(UnitRef::of).toList();
    }

    /**
     * The units a provincial director oversees: the unit itself and every unit ever placed right
     * under it (its district offices, closed ones too, whose past reports stay in its circle). For a
     * unit with nothing under it, the unit alone; for none, nothing.
     */
    public Set<Long> circleOf(Long unitId) {
        return unitId == null ? Set.of() : Set.copyOf(units.findIdsOfUnitAndChildren(unitId));
    }

    /** The ids of every unit of a level, in effect today or not. */
    public Set<Long> idsOfLevel(UnitLevel level) {
        return Set.copyOf(units.findIdsByLevel(level));
    }

    /** For each of these units that sits under another, the unit above it, by the unit's id; one query. */
    public Map<Long, UnitRef> parentsOf(Collection<Long> ids) {
        Map<Long, UnitRef> parents = new HashMap<>();
        if (!ids.isEmpty()) {
            units.findWithParentByIdIn(ids).stream().filter(unit -> unit.getParent() != null)
                    .forEach(unit -> parents.put(unit.getId(), UnitRef.of(unit.getParent())));
        }
        return parents;
    }

    /** The provincial offices in effect today, by code, e.g. for a filter. */
    public List<UnitRef> provincesInEffect() {
        return units.findInEffectOfLevel(UnitLevel.PROVINCE, LocalDate.now(clock)).stream().map(UnitRef::of).toList();
    }

    /** How many units of each level are in effect today. */
    public Map<UnitLevel, Long> countsByLevel() {
        Map<UnitLevel, Long> counts = new LinkedHashMap<>();
        for (UnitLevel level : UnitLevel.values()) {
            counts.put(level, 0L);
        }
        units.countInEffectByLevel(LocalDate.now(clock)).forEach(row -> counts.put(row.getLevel(), row.getCount()));
        return counts;
    }

    private static UnitOption option(Unit unit, int depth) {
        return new UnitOption(unit.getId(), unit.getCode(), unit.getName(), unit.getLevel(), depth);
    }
}
