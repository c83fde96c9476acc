package vn.bhxh.tracker.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import vn.bhxh.tracker.checklist.Duty;
import vn.bhxh.tracker.checklist.Indicator;

/**
 * One duty's content as a page shows it: as the report stands now, or as its latest submission froze
 * it. Report pages read duties through this, never through the report entity, so that what a reader
 * may not see (see {@link SelfAssessmentContent}) never reaches the template.
 */
public record DutyShown(Duty duty, Long dutyReportId, ComplianceStatus status, String whatWasDone,
                        String shortfallReason, String remedy, String responsibleLeader,
                        boolean copiedFromPrevious, List<ValueShown> values) {

    /** One indicator and its figure, none if not given. */
    public record ValueShown(Indicator indicator, BigDecimal value) {
    }

    /** The duty as the unit last saved it. */
    static DutyShown current(DutyReport report) {
        return new DutyShown(report.getDuty(), report.getId(), report.getStatus(), report.getWhatWasDone(),
                report.getShortfallReason(), report.getRemedy(),
                report.getResponsibleLeader() == null ? null : report.getResponsibleLeader().getFullName(),
                report.isCopiedFromPrevious(),
                report.getDuty().getIndicators().stream().map(indicator -> new ValueShown(indicator,
                        report.valueOf(indicator.getId()).map(IndicatorValue::getValue).orElse(null))).toList());
    }

    /** The duty as a submission froze it; the snapshot keeps figures by indicator name. */
    static DutyShown submitted(DutyReport report, SubmissionSnapshot.DutySnapshot snapshot) {
        if (snapshot == null) {
            return new DutyShown(report.getDuty(), report.getId(), null, "", "", "", null, false,
                    report.getDuty().getIndicators().stream().map(indicator -> new ValueShown(indicator, null)).toList());
        }
        Map<String, String> figures = snapshot.indicators() == null ? Map.of() : snapshot.indicators();
        return new DutyShown(report.getDuty(), report.getId(),
                snapshot.status() == null || snapshot.status().isEmpty() ? null : ComplianceStatus.valueOf(snapshot.status()),
                nonNull(snapshot.whatWasDone()), nonNull(snapshot.shortfallReason()), nonNull(snapshot.remedy()),
                snapshot.responsibleLeader() == null || snapshot.responsibleLeader().isEmpty() ? null : snapshot.responsibleLeader(),
                false,
                report.getDuty().getIndicators().stream().map(indicator -> new ValueShown(indicator,
                        number(figures.get(indicator.getName())))).toList());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static BigDecimal number(String frozen) {
        return frozen == null || frozen.isEmpty() ? null : new BigDecimal(frozen);
    }
}
