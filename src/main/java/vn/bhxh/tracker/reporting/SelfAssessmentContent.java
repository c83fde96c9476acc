package vn.bhxh.tracker.reporting;

/**
 * What a reader is shown of a report's duties, figures and evidence files. A draft belongs to its
 * unit until it is submitted: those who read the unit's reports whole ({@link SelfAssessments#readsWhole}:
 * the unit's leaders, its province's director, and theirs of the units that continued it) read it as it stands;
 * reviewers and executives see that it exists (state, dates), and read what the unit submitted.
 */
public enum SelfAssessmentContent {
    /**
     * As the report stands: for those who read it whole always; for anyone
     * once it is submitted or accepted, when the unit can no longer change it, so that it is exactly
     * what was submitted.
     */
    CURRENT,
    /** Returned and being revised: others read its latest submission, not the revision in progress. */
    LAST_SUBMISSION,
    /** A draft never submitted: others see its state and dates only. */
    WITHHELD;

    /** What a reader is shown of the report, {@code readsWhole} if they read it whole ({@link SelfAssessments#readsWhole}). */
    public static SelfAssessmentContent of(SelfAssessment report, boolean readsWhole) {
        if (readsWhole) {
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
