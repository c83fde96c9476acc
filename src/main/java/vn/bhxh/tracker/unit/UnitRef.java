package vn.bhxh.tracker.unit;

import org.springframework.modulith.NamedInterface;

/**
 * A unit as another module refers to it, without the entity: a module keeps the unit's id and asks
 * {@link UnitDirectory} for its code, and for its name and level as one of its versions gives them
 * (today's, or a month's).
 */
@NamedInterface(name = "api", propagate = false)
public record UnitRef(Long id, String code, String name, UnitLevel level) {
}
