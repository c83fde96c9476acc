package vn.bhxh.tracker.reminder;

import java.util.List;

/**
 * One e-mail exactly as it will be sent: the unit's leaders as recipients, its province's
 * director(s) in copy when a district office is urged after the deadline (escalation).
 */
public record ReminderDraft(Long unitId, String unitCode, String unitName, Long periodId, List<String> to,
                            List<String> cc, String subject, String body, boolean escalated) {

    public boolean hasRecipients() {
        return !to.isEmpty();
    }

    /** The addresses written to, as recorded: "a@x, b@y". */
    public String toLine() {
        return String.join(", ", to);
    }

    /** The addresses copied, as recorded; empty when none. */
    public String ccLine() {
        return String.join(", ", cc);
    }
}
