package vn.bhxh.tracker.reporting;

import java.util.List;
import java.util.Map;

/**
 * What the report pages show of evidence files, provided by the evidence module, so that reporting
 * does not depend on it (as {@link ReviewRecords} for the review).
 */
public interface EvidenceRecords {

    /**
     * The report's files by duty report id; with {@code submittedOnly}, only those sent with a
     * submission (a reader outside the unit never sees the files of its work in progress).
     */
    Map<Long, List<EvidenceFile>> filesOf(Long assessmentId, boolean submittedOnly);

    /** The limits the upload hint states: per file, files and bytes per upload, files and bytes per report. */
    List<String> uploadLimits();
}
