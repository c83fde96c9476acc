package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.DutyRef;
import vn.bhxh.tracker.checklist.IndicatorRef;

/**
 * One duty's content as a page shows it: as the report stands now, or as its latest submission froze
 * it. Report pages read duties through this, never through the report entity, so that what a reader
 * may not see (see {@link SelfAssessmentContent}) never reaches the template. The duty and its
 * indicators are the checklist's records.
 */
public record DutyShown(DutyRef duty, Long dutyReportId, ComplianceStatus status, String whatWasDone,
                        String shortfallReason, String remedy, String responsibleLeader,
                        boolean copiedFromPrevious, List<ValueShown> values) {

    /** One indicator and its figure, none if not given. */
    public record ValueShown(IndicatorRef indicator, BigDecimal value) {
    }

    /**
     * The duty as the unit last saved it; the duty as the report's checklist version defines it, its
     * answerable leader's name from {@code leaderNames} (by user id).
     */
    static DutyShown current(ChecklistVersionRef checklistVersion, DutyReport report, Map<Long, String> leaderNames) {
        DutyRef duty = checklistVersion.duty(report.getDutyId()).orElseThrow();
        return new DutyShown(duty, report.getId(), report.getStatus(), report.getWhatWasDone(),
                report.getShortfallReason(), report.getRemedy(),
                report.getResponsibleLeaderId() == null ? null : leaderNames.get(report.getResponsibleLeaderId()),
                report.isCopiedFromPrevious(),
                duty.indicators().stream().map(indicator -> new ValueShown(indicator,
                        report.valueOf(indicator.id()).map(IndicatorValue::getValue).orElse(null))).toList());
    }

    /** The duty as a submission froze it; the snapshot keeps figures by indicator name. */
    static DutyShown submitted(ChecklistVersionRef checklistVersion, DutyReport report,
                               SubmissionSnapshot.DutySnapshot snapshot) {
        DutyRef duty = checklistVersion.duty(report.getDutyId()).orElseThrow();
        if (snapshot == null) {
            return new DutyShown(duty, report.getId(), null, "", "", "", null, false,
                    duty.indicators().stream().map(indicator -> new ValueShown(indicator, null)).toList());
        }
        Map<String, String> figures = snapshot.indicators() == null ? Map.of() : snapshot.indicators();
        return new DutyShown(duty, report.getId(),
                snapshot.status() == null || snapshot.status().isEmpty() ? null : ComplianceStatus.valueOf(snapshot.status()),
                nonNull(snapshot.whatWasDone()), nonNull(snapshot.shortfallReason()), nonNull(snapshot.remedy()),
                snapshot.responsibleLeader() == null || snapshot.responsibleLeader().isEmpty() ? null : snapshot.responsibleLeader(),
                false,
                duty.indicators().stream().map(indicator -> new ValueShown(indicator,
                        number(figures.get(indicator.name())))).toList());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static BigDecimal number(String frozen) {
        return frozen == null || frozen.isEmpty() ? null : new BigDecimal(frozen);
    }
}
