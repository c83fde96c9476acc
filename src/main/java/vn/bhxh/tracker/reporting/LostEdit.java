package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.checklist.IndicatorRef;

/**
 * What a leader typed into a report that a colleague changed meanwhile, duty by duty beside what the
 * report now says, so that nothing typed is lost: shown when a colleague submitted first (the report
 * can no longer be edited) and, on the form, when a colleague saved first. {@code by} and {@code at}
 * say who changed it and when; {@code submissionNumber} is set when it was a submission.
 */
public record LostEdit(String by, Instant at, Integer submissionNumber, List<Comparison> duties) {

    /** One duty: what the report now says, what was typed (none if the form did not carry it), and whether they differ. */
    public record Comparison(DutyShown saved, TypedDuty typed, boolean differs) {
    }

    /** A duty as typed, figures as typed (they may not even be numbers). */
    public record TypedDuty(ComplianceStatus status, String whatWasDone, String shortfallReason, String remedy,
                            String responsibleLeader, List<TypedValue> values) {
    }

    /** One indicator's figure as typed, empty if none. */
    public record TypedValue(IndicatorRef indicator, String typed) {
    }

    static LostEdit of(SelfAssessment report, ChecklistVersionRef checklistVersion, SelfAssessmentForm form,
                       List<UnitLeaders.Choice> leaders, Map<Long, String> namedLeaders, String by, Instant at,
                       Integer submissionNumber) {
        SelfAssessmentForm saved = SelfAssessmentForm.of(report, checklistVersion);
        Map<Long, String> leaderNames = new LinkedHashMap<>();
        leaders.forEach(leader -> leaderNames.put(leader.id(), leader.fullName()));
        List<Comparison> duties = report.dutyReportsInOrderOf(checklistVersion).stream().map(dutyReport -> {
            Long dutyId = dutyReport.getDutyId();
            DutyShown now = DutyShown.current(checklistVersion, dutyReport, namedLeaders);
            List<IndicatorRef> indicators = now.duty().indicators();
            return form.typedFor(dutyId).map(entry -> new Comparison(now,
                            typed(entry, indicators, leaderNames), !same(entry, saved.entryFor(dutyId), indicators)))
                    .orElseGet(() -> new Comparison(now, null, false));
        }).toList();
        return new LostEdit(by, at, submissionNumber, duties);
    }

    /** Whether anything typed differs from what the report now says: if not, nothing was lost. */
    public boolean anyDifference() {
        return duties.stream().anyMatch(Comparison::differs);
    }

    /** The comparisons by duty id, for the form that shows each beside its duty. */
    public Map<Long, Comparison> byDutyId() {
        Map<Long, Comparison> byDuty = new LinkedHashMap<>();
        duties.forEach(comparison -> byDuty.put(comparison.saved().duty().id(), comparison));
        return byDuty;
    }

    private static TypedDuty typed(SelfAssessmentForm.DutyEntry entry, List<IndicatorRef> indicators, Map<Long, String> leaderNames) {
        return new TypedDuty(entry.getStatus(), entry.getWhatWasDone(), entry.getShortfallReason(), entry.getRemedy(),
                entry.getResponsibleLeaderId() == null ? null : leaderNames.get(entry.getResponsibleLeaderId()),
                indicators.stream().map(indicator -> new TypedValue(indicator,
                        entry.getValues().getOrDefault(indicator.id(), "").strip())).toList());
    }

    private static boolean same(SelfAssessmentForm.DutyEntry typed, SelfAssessmentForm.DutyEntry saved, List<IndicatorRef> indicators) {
        return typed.getStatus() == saved.getStatus()
                && typed.getWhatWasDone().equals(saved.getWhatWasDone())
                && typed.getShortfallReason().equals(saved.getShortfallReason())
                && typed.getRemedy().equals(saved.getRemedy())
                && Objects.equals(typed.getResponsibleLeaderId(), saved.getResponsibleLeaderId())
                && indicators.stream().allMatch(indicator -> typed.getValues().getOrDefault(indicator.id(), "").strip()
                        .equals(saved.getValues().getOrDefault(indicator.id(), "")));
    }
}
