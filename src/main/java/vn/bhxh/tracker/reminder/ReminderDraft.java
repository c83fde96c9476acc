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

    /** The recipients as recorded: "To: …; Cc: …". */
    public String recipientsLine() {
        return "To: " + String.join(", ", to) + (cc.isEmpty() ? "" : "; Cc: " + String.join(", ", cc));
    }
}
