package vn.bhxh.tracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SubmissionChangesTest {

    @Test
    void onlyTheChangedFieldsOfChangedDutiesAreListed() {
        SubmissionSnapshot before = new SubmissionSnapshot(List.of(
                duty(1L, "PARTIAL", "Làm một phần", Map.of("Tiếp nhận", "5")),
                duty(2L, "DONE", "Đủ", Map.of("Số cuộc", "2"))));
        SubmissionSnapshot after = new SubmissionSnapshot(List.of(
                duty(1L, "DONE", "Làm một phần", Map.of("Tiếp nhận", "7")),
                duty(2L, "DONE", "Đủ", Map.of("Số cuộc", "2"))));

        Map<Long, List<SubmissionChanges.Change>> changes = SubmissionChanges.between(before, after);

        assertThat(changes).containsOnlyKeys(1L);
        assertThat(changes.get(1L)).containsExactly(
                new SubmissionChanges.Change("report.duty.status", false, "PARTIAL", "DONE"),
                new SubmissionChanges.Change("Tiếp nhận", true, "5", "7"));
    }

    private static SubmissionSnapshot.DutySnapshot duty(Long id, String status, String text, Map<String, String> values) {
        return new SubmissionSnapshot.DutySnapshot(id, "2" + id, "Nhiệm vụ", status, text, "", "", "Phạm Thị Lan",
                new LinkedHashMap<>(values));
    }
}
