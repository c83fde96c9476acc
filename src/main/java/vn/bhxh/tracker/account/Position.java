package vn.bhxh.tracker.account;

import org.springframework.modulith.NamedInterface;

/** A leader's place in their unit; both are bound by the directive. */
@NamedInterface(name = "api", propagate = false)
public enum Position {
    /** Thủ trưởng / Giám đốc: the head of the unit. */
    HEAD,
    /** Cấp phó của người đứng đầu: a deputy. */
    DEPUTY
}
