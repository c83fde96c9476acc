package vn.bhxh.tracker.unit.reorganisation;

/** Where a recorded reorganisation came from (V29's {@code reorganisation.source}). */
public enum ReorganisationSource {
    /** Loaded with the application by a migration (the 2025 steps). */
    MIGRATION,
    /** Applied by an administrator from a plan. */
    ADMIN,
    /** A sample plan the demo applies; labelled as a sample wherever it is shown. */
    SAMPLE
}
