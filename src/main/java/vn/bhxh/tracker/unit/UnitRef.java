package vn.bhxh.tracker.unit;

import org.springframework.modulith.NamedInterface;

/**
 * A unit as another module refers to it, without the entity: a module keeps the unit's id and asks
 * {@link UnitDirectory} for its code, name and level.
 */
@NamedInterface(name = "api", propagate = false)
public record UnitRef(Long id, String code, String name, UnitLevel level) {

    static UnitRef of(Unit unit) {
        return new UnitRef(unit.getId(), unit.getCode(), unit.getName(), unit.getLevel());
    }
}
