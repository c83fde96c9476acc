package vn.bhxh.tracker.reminder;

import java.time.Instant;

/** A reminder that was sent, as the reminders page lists it; recipients and copies as "a@x, b@y". */
public record SentReminder(Long id, Long unitId, String unitName, ReminderKind kind, Instant sentAt, String sentBy,
                           String recipients, String copiedTo, boolean escalated) {
}
