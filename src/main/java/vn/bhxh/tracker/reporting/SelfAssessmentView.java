package vn.bhxh.tracker.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tools.jackson.databind.json.JsonMapper;
import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.audit.AuditEntry;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.checklist.ChecklistVersionRef;
import vn.bhxh.tracker.system.TrackerProperties;
import vn.bhxh.tracker.unit.UnitRef;

/** Puts what every report page shows into the model: the report, its timeliness, review and history. */
@Component
@NamedInterface(name = "api", propagate = false)
public class SelfAssessmentView {

    private final SelfAssessmentService assessments;
    private final SubmissionRepository submissions;
    private final SelfAssessments reports;
    private final ReviewRecords reviewRecords;
    private final EvidenceRecords evidenceRecords;
    private final AuditLog auditLog;
    private final UnitLeaders unitLeaders;
    private final ReportUnits reportUnits;
    private final TrackerProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    SelfAssessmentView(SelfAssessmentService assessments, SubmissionRepository submissions, SelfAssessments reports,
                       ReviewRecords reviewRecords, EvidenceRecords evidenceRecords, AuditLog auditLog, UnitLeaders unitLeaders,
                       ReportUnits reportUnits, TrackerProperties properties, JsonMapper json, Clock clock) {
        this.assessments = assessments;
        this.json = json;
        this.submissions = submissions;
        this.reports = reports;
        this.reviewRecords = reviewRecords;
        this.evidenceRecords = evidenceRecords;
        this.auditLog = auditLog;
        this.unitLeaders = unitLeaders;
        this.reportUnits = reportUnits;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The report for this reader: its checklist version ({@code checklistVersion}), its duties in that
     * version's order as {@link SelfAssessmentContent} allows ({@code selfAssessmentContent},
     * {@code duties}: as it stands, as last submitted, or none), its latest submission, review and
     * history, and its evidence files ({@code evidence}, by duty report id; {@code uploadLimits}).
     * File names in the history are left to those who read the unit's work in progress.
     */
    public void addTo(Model model, SelfAssessment assessment, CurrentUser user) {
        List<ReviewRecords.DecisionView> decisions = reviewRecords.decisionsOf(assessment.getId());
        List<Submission> sent = submissions.findAllOf(assessment.getId());
        Submission latest = sent.isEmpty() ? null : sent.get(sent.size() - 1);
        boolean readsWhole = reports.readsWhole(assessment, reports.scopeOf(user));
        SelfAssessmentContent content = SelfAssessmentContent.of(assessment, readsWhole);
        List<AuditEntry> history = auditLog.eventsOf(SelfAssessmentService.AUDIT_TARGET, assessment.getId());
        ChecklistVersionRef checklistVersion = reports.checklistOf(assessment);
        model.addAttribute("report", assessment);
        model.addAttribute("reportUnit", reportUnits.unitOf(assessment));
        model.addAttribute("checklistVersion", checklistVersion);
        model.addAttribute("selfAssessmentContent", content);
        model.addAttribute("duties", dutiesShown(assessment, checklistVersion, content, latest));
        model.addAttribute("lastSubmission", latest);
        model.addAttribute("lastSubmittedBy", latest == null ? null : nameOf(latest.getSubmittedById()));
        model.addAttribute("timeliness", timelinessOf(assessment));
        model.addAttribute("decisions", decisions);
        model.addAttribute("latestComments", decisions.isEmpty() ? new HashMap<Long, String>() : decisions.get(0).commentsByDuty());
        model.addAttribute("submissions", sent);
        model.addAttribute("history", readsWhole ? history : withoutFileNames(history));
        model.addAttribute("leaders", unitLeaders.of(reports.answeringUnitOf(assessment, user)));
        model.addAttribute("zone", properties.timeZone());
        model.addAttribute("evidence", evidenceRecords.filesOf(assessment.getId(), content.submittedFilesOnly()));
        model.addAttribute("uploadLimits", evidenceRecords.uploadLimits());
    }

    /**
     * {@link #addTo(Model, SelfAssessment, CurrentUser)} for a module that refers to the report by id
     * (review's decision page): the report as this reader may read it, 404 for one out of reach.
     */
    public void addTo(Model model, Long id, CurrentUser user) {
        addTo(model, assessments.getReadable(id, user), user);
    }

    /**
     * The report's page as {@code /reports/{id}} shows it to this reader: the report, and whether they
     * may change it now ({@code canEdit}); 404 for a report out of reach.
     */
    public void addReportPage(Model model, Long id, CurrentUser user) {
        SelfAssessment report = assessments.getReadable(id, user);
        addTo(model, report, user);
        model.addAttribute("canEdit", assessments.canEdit(report, user));
    }

    /**
     * The form again after a colleague saved the report since it was opened: beside each duty, what
     * the colleague saved where it differs from what this leader typed.
     */
    public void addSavedMeanwhile(Model model, SelfAssessment assessment, SelfAssessmentForm form, CurrentUser user) {
        model.addAttribute("savedMeanwhile", LostEdit.of(assessment, reports.checklistOf(assessment), form,
                unitLeaders.of(reports.answeringUnitOf(assessment, user)), unitLeaders.leaderNamesOf(assessment),
                nameOf(assessment.getUpdatedById()), assessment.getUpdatedAt(), null));
    }

    /**
     * What a leader typed into a report that can no longer be edited, beside what it says now, with
     * who submitted it and when (its latest submission).
     */
    public LostEdit lostEdit(SelfAssessment assessment, SelfAssessmentForm form, CurrentUser user) {
        List<Submission> sent = submissions.findAllOf(assessment.getId());
        Submission latest = sent.isEmpty() ? null : sent.get(sent.size() - 1);
        return LostEdit.of(assessment, reports.checklistOf(assessment), form, unitLeaders.of(reports.answeringUnitOf(assessment, user)),
                unitLeaders.leaderNamesOf(assessment),
                nameOf(latest == null ? assessment.getUpdatedById() : latest.getSubmittedById()),
                latest == null ? assessment.getUpdatedAt() : latest.getSubmittedAt(),
                latest == null ? null : latest.getNumber());
    }

    private List<DutyShown> dutiesShown(SelfAssessment assessment, ChecklistVersionRef checklistVersion,
                                        SelfAssessmentContent content, Submission latest) {
        List<DutyReport> dutyReports = assessment.dutyReportsInOrderOf(checklistVersion);
        return switch (content) {
            case CURRENT -> {
                Map<Long, String> leaderNames = unitLeaders.leaderNamesOf(assessment);
                yield dutyReports.stream().map(report -> DutyShown.current(checklistVersion, report, leaderNames)).toList();
            }
            // a returned report always has a submission; without one there is nothing submitted to show
            case LAST_SUBMISSION -> {
                if (latest == null) {
                    yield List.of();
                }
                Map<Long, SubmissionSnapshot.DutySnapshot> frozen = SubmissionSnapshot.read(json, latest).byDutyId();
                yield dutyReports.stream()
                        .map(report -> DutyShown.submitted(checklistVersion, report, frozen.get(report.getDutyId()))).toList();
            }
            case WITHHELD -> List.of();
        };
    }

    /** A user's full name (an author, a submitter), empty for an id no longer known. */
    private String nameOf(Long userId) {
        return unitLeaders.namesOf(List.of(userId)).getOrDefault(userId, "");
    }

    /** Evidence events without the file's name: a file not yet submitted is the unit's work in progress. */
    private static List<AuditEntry> withoutFileNames(List<AuditEntry> history) {
        return history.stream().map(entry -> {
            if (!entry.details().containsKey("file")) {
                return entry;
            }
            Map<String, String> details = new LinkedHashMap<>(entry.details());
            details.remove("file");
            return new AuditEntry(entry.occurredAt(), entry.actorName(), entry.action(), details);
        }).toList();
    }

    /**
     * A unit's standing for a period: its report's state (none if not started) and timeliness, the
     * days left before the deadline (0 on the deadline day, negative after it), whether the month is
     * over (before that its report can be drafted, not submitted).
     */
    public record PeriodStatus(ReportingPeriodRef period, SelfAssessment report, Timeliness timeliness, long daysLeft,
                               boolean monthEnded) {

        /** Whether the unit has submitted its report (on time or late), whatever the review made of it. */
        public boolean submitted() {
            return timeliness == Timeliness.ON_TIME || timeliness == Timeliness.LATE;
        }
    }

    /**
     * A report of a unit the reader's unit continued, as a unit leader's history lists it: its unit
     * as it was called in the report's month ({@link ReportUnits}), and whether the reader may finish it
     * (a report its unit left open when it ended: {@link SelfAssessments#canEdit}).
     */
    public record PredecessorReport(SelfAssessment report, UnitRef unit, Timeliness timeliness, boolean editable) {
    }

    /**
     * These reports as a unit leader's history lists them ({@link PredecessorReport}), in the same order,
     * each editable if this leader may finish it ({@link SelfAssessments#canEdit}); one query.
     */
    public List<PredecessorReport> predecessorReports(List<SelfAssessment> reports, CurrentUser user) {
        Map<Long, ReportUnits.Placed> placed = reportUnits.of(reports);
        return reports.stream().map(report -> new PredecessorReport(report, placed.get(report.getId()).unit(),
                timelinessOf(report), this.reports.canEdit(report, user))).toList();
    }

    public PeriodStatus statusOf(ReportingPeriodRef period, SelfAssessment reportOrNull) {
        return new PeriodStatus(period, reportOrNull, reportOrNull == null
                ? Timeliness.withoutSubmission(period.deadlinePassed())
                : timelinessOf(reportOrNull),
                period.daysLeft(LocalDate.now(clock)), period.monthEnded());
    }

    public Timeliness timelinessOf(SelfAssessment assessment) {
        return assessment.getPeriod().timeliness(assessment.getFirstSubmittedAt(), clock.instant(), clock.getZone());
    }
}
