package vn.bhxh.tracker.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.system.TrackerProperties;

/** Puts what every report page shows into the model: the report, its timeliness, review and history. */
@Component
public class ReportView {

    private final SubmissionRepository submissions;
    private final ReviewRecords reviewRecords;
    private final AuditLog auditLog;
    private final UnitLeaders unitLeaders;
    private final TrackerProperties properties;
    private final Clock clock;

    ReportView(SubmissionRepository submissions, ReviewRecords reviewRecords, AuditLog auditLog,
               UnitLeaders unitLeaders, TrackerProperties properties, Clock clock) {
        this.submissions = submissions;
        this.reviewRecords = reviewRecords;
        this.auditLog = auditLog;
        this.unitLeaders = unitLeaders;
        this.properties = properties;
        this.clock = clock;
    }

    public void addTo(Model model, SelfAssessment assessment, CurrentUser user) {
        List<ReviewRecords.DecisionView> decisions = reviewRecords.decisionsOf(assessment.getId());
        model.addAttribute("report", assessment);
        model.addAttribute("timeliness", timelinessOf(assessment));
        model.addAttribute("decisions", decisions);
        model.addAttribute("latestComments", decisions.isEmpty() ? new HashMap<Long, String>() : decisions.get(0).commentsByDuty());
        model.addAttribute("submissions", submissions.findAllOf(assessment.getId()));
        model.addAttribute("history", auditLog.eventsOf(SelfAssessmentService.AUDIT_TARGET, assessment.getId()));
        model.addAttribute("leaders", unitLeaders.of(assessment.getUnit().getId()));
        model.addAttribute("zone", properties.timeZone());
    }

    /**
     * A unit's standing for a period: its report's state (none if not started) and timeliness, the
     * days left before the deadline (0 on the deadline day, negative after it), whether the month is
     * over (before that its report can be drafted, not submitted).
     */
    public record PeriodStatus(ReportingPeriod period, SelfAssessment report, Timeliness timeliness, long daysLeft,
                               boolean monthEnded) {

        /** Whether the unit has submitted its report (on time or late), whatever the review made of it. */
        public boolean submitted() {
            return timeliness == Timeliness.ON_TIME || timeliness == Timeliness.LATE;
        }
    }

    public PeriodStatus statusOf(ReportingPeriod period, SelfAssessment reportOrNull) {
        Instant now = clock.instant();
        return new PeriodStatus(period, reportOrNull, reportOrNull == null
                ? period.timeliness(null, now, properties.timeZone())
                : timelinessOf(reportOrNull),
                period.daysLeft(LocalDate.ofInstant(now, properties.timeZone())),
                period.hasEnded(now, properties.timeZone()));
    }

    public Timeliness timelinessOf(SelfAssessment assessment) {
        return assessment.getPeriod().timeliness(assessment.getFirstSubmittedAt(), clock.instant(), properties.timeZone());
    }
}
