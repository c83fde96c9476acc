package vn.bhxh.tracker.reporting;

/**
 * Published inside the submitting transaction when a unit submits a report, so that what belongs
 * to the report elsewhere (its evidence files) can be marked as sent with this submission.
 */
public record SelfAssessmentSubmitted(Long assessmentId, int submissionNumber) {
}
