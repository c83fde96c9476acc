package vn.bhxh.tracker.account;

/** A leader's place in their unit; both are bound by the directive. */
public enum Position {
    /** Thủ trưởng / Giám đốc: the head of the unit. */
    HEAD,
    /** Cấp phó của người đứng đầu: a deputy. */
    DEPUTY
}
