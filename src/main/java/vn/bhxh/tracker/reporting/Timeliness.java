package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/** How a unit stands against a period's deadline; always computed from timestamps, never typed. */
@NamedInterface(name = "api", propagate = false)
public enum Timeliness {
    /** Đúng hạn: first submitted by the end of the deadline day. */
    ON_TIME,
    /** Nộp muộn: first submitted after the deadline day. */
    LATE,
    /** Chưa nộp: not submitted and the deadline has passed. */
    MISSING,
    /** Chưa đến hạn: not submitted yet, and there is still time. */
    NOT_DUE;

    /** A unit that has not submitted: missing once the deadline has passed, not yet due before. */
    public static Timeliness withoutSubmission(boolean deadlinePassed) {
        return deadlinePassed ? MISSING : NOT_DUE;
    }
}
