package vn.bhxh.tracker.dashboard;

/** How often one unit's reports were returned. */
public record ReturnCount(Long unitId, String code, String name, int returns) {
}
