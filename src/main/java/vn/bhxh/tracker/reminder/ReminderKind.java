package vn.bhxh.tracker.reminder;

/** Who sent a reminder and why: a reviewer by hand, or the daily job before or after the deadline. */
public enum ReminderKind {
    MANUAL,
    BEFORE_DEADLINE,
    AFTER_DEADLINE
}
