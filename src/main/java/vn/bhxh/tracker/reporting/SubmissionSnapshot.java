package vn.bhxh.tracker.reporting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A self-assessment as it was submitted, kept as JSON with its submission: what the reviewer
 * decided on, and what the next submission is compared with.
 */
public record SubmissionSnapshot(List<DutySnapshot> duties) {

    /** One duty as submitted; indicator values keyed by the indicator's name, in the checklist's order. */
    public record DutySnapshot(Long dutyId, String code, String title, String status, String whatWasDone,
                               String shortfallReason, String remedy, String responsibleLeader,
                               LinkedHashMap<String, String> indicators) {
    }

    static SubmissionSnapshot of(SelfAssessment assessment) {
        return new SubmissionSnapshot(assessment.getDutyReports().stream().map(report -> {
            LinkedHashMap<String, String> values = new LinkedHashMap<>();
            report.getIndicatorValues().stream()
                    .sorted(Comparator.comparingInt(v -> v.getIndicator().getPosition()))
                    .forEach(v -> values.put(v.getIndicator().getName(),
                            v.getValue() == null ? "" : v.getValue().stripTrailingZeros().toPlainString()));
            return new DutySnapshot(report.getDuty().getId(), report.getDuty().getCode(), report.getDuty().getTitle(),
                    report.getStatus() == null ? "" : report.getStatus().name(), report.getWhatWasDone(),
                    report.getShortfallReason(), report.getRemedy(),
                    report.getResponsibleLeader() == null ? "" : report.getResponsibleLeader().getFullName(),
                    values);
        }).toList());
    }

    static SubmissionSnapshot read(JsonMapper json, Submission submission) {
        return json.readValue(submission.getSnapshotJson(), SubmissionSnapshot.class);
    }

    public Map<Long, DutySnapshot> byDutyId() {
        Map<Long, DutySnapshot> map = new LinkedHashMap<>();
        duties.forEach(duty -> map.put(duty.dutyId(), duty));
        return map;
    }
}
