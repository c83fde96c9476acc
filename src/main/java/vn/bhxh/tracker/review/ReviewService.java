package vn.bhxh.tracker.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.account.UserAccountService;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.reporting.LockedSelfAssessment;
import vn.bhxh.tracker.reporting.ReviewRecords;
import vn.bhxh.tracker.reporting.SelfAssessmentRef;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.reporting.SubmissionRef;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.RejectedInputException;

/**
 * Ban TCCB's side of the cycle: accept or return a submission, accept several at once, reopen. The
 * forms it takes are checked against their constraints again on the way in ({@code @Valid}, method
 * validation): the controller has checked them, so only a caller that skips it meets the refusal.
 * The report itself is reporting's: {@link SelfAssessments} locks it at the version the reviewer saw
 * and changes its state, the report guarding its own transitions; this service keeps who may decide,
 * what a decision must say, the decision with its comments, and the audit trail's entry.
 */
@Service
@Transactional
@Validated
@NamedInterface(name = "api", propagate = false)
public class ReviewService implements ReviewRecords {

    private final SelfAssessments assessments;
    private final ReviewDecisionRepository decisions;
    private final UserAccountService users;
    private final AuditLog auditLog;
    private final Clock clock;

    ReviewService(SelfAssessments assessments,
                  ReviewDecisionRepository decisions, UserAccountService users, AuditLog auditLog, Clock clock) {
        this.assessments = assessments;
        this.decisions = decisions;
        this.users = users;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Accepts the report's latest submission, with an optional note and comments.
     *
     * @throws NotFoundException for an unknown report
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when the report changed
     *         since the reviewer saw it (the form's version)
     * @throws AccessDeniedException for a reviewer who leads the report's unit
     * @throws TransitionNotAllowedException when the report is not submitted
     * @throws ConstraintViolationException when the form breaks its constraints (a note or comment too
     *         long), which the controller checks first; nothing is decided then
     */
    public void accept(CurrentUser reviewer, Long assessmentId, @Valid ReviewForm form) {
        lockDecidable(reviewer, assessmentId, form.getVersion());
        decide(reviewer, assessmentId, assessments.accept(assessmentId, reviewer), ReviewOutcome.ACCEPT, form);
    }

    /**
     * Returns the report for revision; at least one comment or a note saying what to change is
     * required. It throws what {@link #accept} throws, and:
     *
     * @throws RejectedInputException without either ({@link ReviewForm#saysWhatToChange}); nothing is decided then
     */
    public void returnForRevision(CurrentUser reviewer, Long assessmentId, @Valid ReviewForm form) {
        if (!form.saysWhatToChange()) {
            throw RejectedInputException.of("note", ReviewForm.WHAT_TO_CHANGE_REQUIRED);
        }
        lockDecidable(reviewer, assessmentId, form.getVersion());
        decide(reviewer, assessmentId, assessments.returnForRevision(assessmentId, reviewer), ReviewOutcome.RETURN, form);
    }

    /**
     * Accepts several submitted reports at once, without comments. Each comes with the version the
     * reviewer saw in the queue ({@link SeenVersion}); a report that changed since, is unknown, is no longer submitted or
     * was written by the reviewer's own unit is skipped, not accepted blindly.
     *
     * @return how many were accepted and how many skipped
     */
    BulkResult acceptMany(CurrentUser reviewer, List<SeenVersion> seenVersions) {
        requireReviewer(reviewer);
        int accepted = 0;
        for (SeenVersion seen : seenVersions) {
            LockedSelfAssessment report = assessments.lockForDecision(seen.reportId()).orElse(null);
            if (report == null || report.version() != seen.version() || !report.awaitsDecision() || isOwnUnit(reviewer, report)) {
                continue;
            }
            decide(reviewer, report.id(), assessments.accept(report.id(), reviewer), ReviewOutcome.ACCEPT, new ReviewForm());
            accepted++;
        }
        return new BulkResult(accepted, seenVersions.size() - accepted);
    }

    /** How a bulk acceptance went. */
    public record BulkResult(int accepted, int skipped) {
    }

    /**
     * Reopens an accepted report for revision; the reason is required and recorded. It throws what
     * {@link #accept} throws ({@link TransitionNotAllowedException} when the report is not accepted), and:
     *
     * @throws ConstraintViolationException without a reason, or with one too long, which the controller
     *         checks first; nothing changes then
     */
    public void reopen(CurrentUser reviewer, Long assessmentId, @Valid ReopenForm form) {
        lockDecidable(reviewer, assessmentId, form.getVersion());
        assessments.reopen(assessmentId, reviewer);
        auditLog.record(reviewer.id(), reviewer.fullName(), "REOPENED", SelfAssessmentService.AUDIT_TARGET,
                assessmentId, Map.of("reason", form.getReason().strip()));
    }

    /**
     * The decisions on the report's submissions, newest first: the submissions' numbers from the
     * reporting module and the reviewers' names from the account module, each by id.
     */
    @Override
    @Transactional(readOnly = true)
    public List<DecisionView> decisionsOf(Long assessmentId) {
        Map<Long, Integer> submissionNumbers = assessments.submissionNumbersOf(assessmentId);
        List<ReviewDecision> found = submissionNumbers.isEmpty() ? List.of() : decisions.findAllOn(submissionNumbers.keySet());
        Map<Long, String> reviewerNames = users.fullNamesOf(
                found.stream().map(ReviewDecision::getDecidedById).collect(Collectors.toSet()));
        return found.stream().map(decision -> {
            Map<Long, String> comments = new LinkedHashMap<>();
            decision.getComments().forEach(c -> comments.put(c.getDutyId(), c.getComment()));
            return new DecisionView(submissionNumbers.get(decision.getSubmissionId()), decision.getOutcome().name(),
                    decision.getNote(), decision.getDecidedAt(), reviewerNames.get(decision.getDecidedById()), comments);
        }).toList();
    }

    /**
     * Keeps the decision on the submission that reporting's transition decided on, with the comments
     * on the report's own duties (its duty reports are read only when there are some), and records it.
     */
    private void decide(CurrentUser reviewer, Long assessmentId, SubmissionRef submission, ReviewOutcome outcome,
                        ReviewForm form) {
        ReviewDecision decision = new ReviewDecision(submission.id(), outcome, form.getNote(), clock.instant(), reviewer.id());
        Map<Long, String> comments = new LinkedHashMap<>();
        form.getComments().forEach((dutyId, text) -> {
            if (text != null && !text.isBlank()) {
                comments.put(dutyId, text.strip());
            }
        });
        if (!comments.isEmpty()) {
            SelfAssessmentRef report = assessments.refOf(assessmentId);
            comments.forEach((dutyId, text) -> {
                if (report.dutyReportFor(dutyId).isPresent()) {
                    decision.comment(dutyId, text);
                }
            });
        }
        decisions.save(decision);
        auditLog.record(reviewer.id(), reviewer.fullName(), outcome == ReviewOutcome.ACCEPT ? "ACCEPTED" : "RETURNED",
                SelfAssessmentService.AUDIT_TARGET, assessmentId, summary(submission, form, decision));
    }

    private static Map<String, Object> summary(SubmissionRef submission, ReviewForm form, ReviewDecision decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("submission", submission.number());
        if (!form.getNote().isEmpty()) {
            details.put("note", form.getNote());
        }
        if (!decision.getComments().isEmpty()) {
            details.put("comments", decision.getComments().size());
        }
        return details;
    }

    /**
     * Locks the report for this reviewer's decision at the version they saw, if they may decide on it:
     * not one their own unit wrote. Whether its state allows the decision is the report's to say.
     */
    private void lockDecidable(CurrentUser reviewer, Long id, long seenVersion) {
        requireReviewer(reviewer);
        if (isOwnUnit(reviewer, assessments.lockForDecision(id, seenVersion))) {
            // nobody judges a self-assessment they are answerable for
            throw new AccessDeniedException("a reviewer's own unit");
        }
    }

    /**
     * A reviewer who also leads the report's unit wrote it (or could have): they do not judge it.
     * Reviewers without a leader's role may review their own department's report.
     */
    private static boolean isOwnUnit(CurrentUser reviewer, LockedSelfAssessment report) {
        return reviewer.hasRole(Role.UNIT_LEADER) && report.unitId().equals(reviewer.unitId());
    }

    private static void requireReviewer(CurrentUser user) {
        if (!user.hasRole(Role.REVIEWER)) {
            throw new AccessDeniedException("not a reviewer");
        }
    }
}
