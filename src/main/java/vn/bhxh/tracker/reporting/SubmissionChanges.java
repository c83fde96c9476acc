package vn.bhxh.tracker.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two submissions of a report, duty by duty, so that a reviewer reads only
 * the revision. Fields are named by message keys; values are as submitted.
 */
public final class SubmissionChanges {

    /** One changed field: its message key (or an indicator's name), before and after. */
    public record Change(String field, boolean indicator, String before, String after) {
    }

    private SubmissionChanges() {
    }

    /** Changes by duty id; a duty that did not change has no entry. */
    public static Map<Long, List<Change>> between(SubmissionSnapshot previous, SubmissionSnapshot latest) {
        Map<Long, SubmissionSnapshot.DutySnapshot> before = previous.byDutyId();
        Map<Long, List<Change>> changes = new LinkedHashMap<>();
        for (SubmissionSnapshot.DutySnapshot after : latest.duties()) {
            SubmissionSnapshot.DutySnapshot old = before.get(after.dutyId());
            List<Change> dutyChanges = new ArrayList<>();
            compare(dutyChanges, "report.duty.status", old == null ? "" : old.status(), after.status());
            compare(dutyChanges, "report.duty.whatWasDone", old == null ? "" : old.whatWasDone(), after.whatWasDone());
            compare(dutyChanges, "report.duty.shortfallReason", old == null ? "" : old.shortfallReason(), after.shortfallReason());
            compare(dutyChanges, "report.duty.remedy", old == null ? "" : old.remedy(), after.remedy());
            compare(dutyChanges, "report.duty.responsibleLeader", old == null ? "" : old.responsibleLeader(), after.responsibleLeader());
            after.indicators().forEach((name, value) -> {
                String oldValue = old == null ? "" : old.indicators().getOrDefault(name, "");
                if (!Objects.equals(oldValue, value)) {
                    dutyChanges.add(new Change(name, true, oldValue, value));
                }
            });
            if (!dutyChanges.isEmpty()) {
                changes.put(after.dutyId(), dutyChanges);
            }
        }
        return changes;
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, false, before, after));
        }
    }
}
