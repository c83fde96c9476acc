package vn.bhxh.tracker.reporting;

import org.springframework.modulith.NamedInterface;

/**
 * Published inside the submitting transaction when a unit submits a report, so that what belongs
 * to the report elsewhere (its evidence files) can be marked as sent with this submission.
 */
@NamedInterface(name = "api", propagate = false)
public record SelfAssessmentSubmitted(Long assessmentId, int submissionNumber) {
}
