package vn.bhxh.tracker.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;

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

    /** The report as it stands, its duties and indicators in the order of its checklist version (the report's own). */
    static SubmissionSnapshot of(SelfAssessment assessment, ChecklistVersionRef checklistVersion,
                                 Map<Long, String> leaderNames) {
        return new SubmissionSnapshot(assessment.dutyReportsInOrderOf(checklistVersion).stream().map(report -> {
            DutyRef duty = checklistVersion.duty(report.getDutyId()).orElseThrow();
            LinkedHashMap<String, String> values = new LinkedHashMap<>();
            duty.indicators().forEach(indicator -> report.valueOf(indicator.id()).ifPresent(v -> values.put(indicator.name(),
                    v.getValue() == null ? "" : v.getValue().stripTrailingZeros().toPlainString())));
            return new DutySnapshot(duty.id(), duty.code(), duty.title(),
                    report.getStatus() == null ? "" : report.getStatus().name(), report.getWhatWasDone(),
                    report.getShortfallReason(), report.getRemedy(),
                    report.getResponsibleLeaderId() == null ? "" : leaderNames.getOrDefault(report.getResponsibleLeaderId(), ""),
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
