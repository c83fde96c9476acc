package vn.bhxh.tracker.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What the report pages show of evidence files, provided by the evidence module, so that reporting
 * does not depend on it (as {@link ReviewRecords} for the review).
 */
@NamedInterface(name = "api", propagate = false)
public interface EvidenceRecords {

    /**
     * The report's files by duty report id; with {@code submittedOnly}, only those sent with a
     * submission (a reader outside the unit never sees the files of its work in progress).
     */
    Map<Long, List<EvidenceFile>> filesOf(Long assessmentId, boolean submittedOnly);

    /** The limits the upload hint states: per file, files and bytes per upload, files and bytes per report. */
    UploadLimits uploadLimits();

    /**
     * The limits on evidence files as the upload hint states them: sizes as people read them ("20 MB"),
     * counts as numbers, so that the message formats them in the reader's language and chooses the
     * English singular or plural ("1 file", "10 files").
     */
    @NamedInterface(name = "api", propagate = false)
    record UploadLimits(String maxFileSize, int maxFilesPerUpload, String maxUploadSize, int maxFilesPerReport,
                        String maxReportSize) {
    }
}
