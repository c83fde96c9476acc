package vn.bhxh.tracker.reporting;

/**
 * What a reader is shown of a report's duties, figures and evidence files. A draft belongs to its
 * unit until it is submitted: the unit's leaders and its province's director read it as it stands;
 * reviewers and executives see that it exists (state, dates), and read what the unit submitted.
 */
public enum SelfAssessmentContent {
    /**
     * As the report stands: for its unit's leaders and its province's director always; for anyone
     * once it is submitted or accepted, when the unit can no longer change it, so that it is exactly
     * what was submitted.
     */
    CURRENT,
    /** Returned and being revised: others read its latest submission, not the revision in progress. */
    LAST_SUBMISSION,
    /** A draft never submitted: others see its state and dates only. */
    WITHHELD;

    public static SelfAssessmentContent of(SelfAssessment report, SelfAssessmentScope scope) {
        if (scope.readsWorkInProgressOf(report.getUnitId())) {
            return CURRENT;
        }
        return switch (report.getState()) {
            case SUBMITTED, ACCEPTED -> CURRENT;
            case RETURNED -> LAST_SUBMISSION;
            case DRAFT -> WITHHELD;
        };
    }

    /** Whether evidence files not yet submitted stay out of sight. */
    public boolean submittedFilesOnly() {
        return this != CURRENT;
    }
}
