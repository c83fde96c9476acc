package vn.bhxh.tracker.unit;

/** A unit as a choice in a form: {@code depth} indents it under its parent. */
public record UnitOption(Long id, String code, String name, UnitLevel level, int depth) {
}
