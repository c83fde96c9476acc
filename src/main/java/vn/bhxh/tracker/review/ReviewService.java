package vn.bhxh.tracker.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import vn.bhxh.tracker.account.CurrentUser;
import vn.bhxh.tracker.account.Role;
import vn.bhxh.tracker.account.UserAccount;
import vn.bhxh.tracker.account.UserAccountService;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.ReviewRecords;
import vn.bhxh.tracker.reporting.SelfAssessment;
import vn.bhxh.tracker.reporting.SelfAssessmentService;
import vn.bhxh.tracker.reporting.SelfAssessments;
import vn.bhxh.tracker.reporting.Submission;
import vn.bhxh.tracker.reporting.TransitionNotAllowedException;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.RejectedInputException;

/**
 * Vụ TCCB's side of the cycle: accept or return a submission, accept several at once, reopen. The
 * forms it takes are checked against their constraints again on the way in ({@code @Valid}, method
 * validation): the controller has checked them, so only a caller that skips it meets the refusal.
 */
@Service
@Transactional
@Validated
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
     * @throws ConstraintViolationException when the form breaks its constraints (a note or comment too
     *         long), which the controller checks first; nothing is decided then
     */
    public void accept(CurrentUser reviewer, Long assessmentId, @Valid ReviewForm form) {
        decide(reviewer, submitted(reviewer, assessmentId, form.getVersion()), ReviewOutcome.ACCEPT, form);
    }

    /**
     * Returns the report for revision; at least one comment or a note saying what to change is required.
     *
     * @throws RejectedInputException without either ({@link ReviewForm#saysWhatToChange}); nothing is decided then
     * @throws ConstraintViolationException when the form breaks its constraints (a note or comment too
     *         long), which the controller checks first; nothing is decided then
     */
    public void returnForRevision(CurrentUser reviewer, Long assessmentId, @Valid ReviewForm form) {
        if (!form.saysWhatToChange()) {
            throw RejectedInputException.of("note", ReviewForm.WHAT_TO_CHANGE_REQUIRED);
        }
        decide(reviewer, submitted(reviewer, assessmentId, form.getVersion()), ReviewOutcome.RETURN, form);
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
            SelfAssessment assessment = assessments.lock(seen.reportId()).orElse(null);
            if (assessment == null || assessment.getVersion() != seen.version()
                    || assessment.getState() != SelfAssessmentState.SUBMITTED || isOwnUnit(reviewer, assessment)) {
                continue;
            }
            decide(reviewer, assessment, ReviewOutcome.ACCEPT, new ReviewForm());
            accepted++;
        }
        return new BulkResult(accepted, seenVersions.size() - accepted);
    }

    /** How a bulk acceptance went. */
    public record BulkResult(int accepted, int skipped) {
    }

    /**
     * Reopens an accepted report for revision; the reason is required and recorded.
     *
     * @throws ConstraintViolationException without a reason, or with one too long, which the controller
     *         checks first; nothing changes then
     */
    public void reopen(CurrentUser reviewer, Long assessmentId, @Valid ReopenForm form) {
        requireReviewer(reviewer);
        SelfAssessment assessment = current(assessmentId, form.getVersion());
        if (isOwnUnit(reviewer, assessment)) {
            throw new AccessDeniedException("a reviewer's own unit");
        }
        assessment.reopen(users.getReference(reviewer.id()), clock.instant());
        assessments.saveNow(assessment);
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

    private void decide(CurrentUser reviewer, SelfAssessment assessment, ReviewOutcome outcome, ReviewForm form) {
        Submission submission = assessments.latestSubmissionOf(assessment.getId()).orElseThrow();
        UserAccount decidedBy = users.getReference(reviewer.id());
        ReviewDecision decision = new ReviewDecision(submission.getId(), outcome, form.getNote(), clock.instant(), reviewer.id());
        // comments only on the report's own duties; its duty reports are read only when there are some
        Map<Long, String> comments = new LinkedHashMap<>();
        form.getComments().forEach((dutyId, text) -> {
            if (text != null && !text.isBlank()) {
                comments.put(dutyId, text.strip());
            }
        });
        List<Long> dutyIds = comments.isEmpty() ? List.of()
                : assessment.getDutyReports().stream().map(report -> report.getDutyId()).toList();
        comments.forEach((dutyId, text) -> {
            if (dutyIds.contains(dutyId)) {
                decision.comment(dutyId, text);
            }
        });
        decisions.save(decision);
        if (outcome == ReviewOutcome.ACCEPT) {
            assessment.markAccepted(decidedBy, clock.instant());
        } else {
            assessment.markReturned(decidedBy, clock.instant());
        }
        assessments.saveNow(assessment);
        auditLog.record(reviewer.id(), reviewer.fullName(), outcome == ReviewOutcome.ACCEPT ? "ACCEPTED" : "RETURNED",
                SelfAssessmentService.AUDIT_TARGET, assessment.getId(),
                summary(submission, form, decision));
    }

    private static Map<String, Object> summary(Submission submission, ReviewForm form, ReviewDecision decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("submission", submission.getNumber());
        if (!form.getNote().isEmpty()) {
            details.put("note", form.getNote());
        }
        if (!decision.getComments().isEmpty()) {
            details.put("comments", decision.getComments().size());
        }
        return details;
    }

    private SelfAssessment submitted(CurrentUser reviewer, Long id, long version) {
        requireReviewer(reviewer);
        SelfAssessment assessment = current(id, version);
        if (isOwnUnit(reviewer, assessment)) {
            // nobody judges a self-assessment they are answerable for
            throw new AccessDeniedException("a reviewer's own unit");
        }
        if (assessment.getState() != SelfAssessmentState.SUBMITTED) {
            throw new TransitionNotAllowedException(assessment.getState());
        }
        return assessment;
    }

    /**
     * A reviewer who also leads the report's unit wrote it (or could have): they do not judge it.
     * Reviewers without a leader's role may review their own department's report.
     */
    private static boolean isOwnUnit(CurrentUser reviewer, SelfAssessment assessment) {
        return reviewer.hasRole(Role.UNIT_LEADER) && assessment.getUnit().getId().equals(reviewer.unitId());
    }

    private SelfAssessment current(Long id, long version) {
        SelfAssessment assessment = assessments.lock(id).orElseThrow(() -> new NotFoundException("self-assessment " + id));
        if (assessment.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessment.class, id);
        }
        return assessment;
    }

    private static void requireReviewer(CurrentUser user) {
        if (!user.hasRole(Role.REVIEWER)) {
            throw new AccessDeniedException("not a reviewer");
        }
    }
}
