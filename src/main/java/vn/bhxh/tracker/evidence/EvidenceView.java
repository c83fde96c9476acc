package vn.bhxh.tracker.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What the report pages show of evidence files, called from the templates as {@code @evidenceView}
 * (so that reporting need not know about evidence). The pages are only rendered once the
 * controller has allowed the user to read the report.
 */
@Component("evidenceView")
public class EvidenceView {

    private final EvidenceService evidence;

    EvidenceView(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /**
     * The report's files by duty report id; with {@code submittedOnly}, only those sent with a
     * submission (a reader outside the unit never sees the files of its work in progress).
     */
    public Map<Long, List<EvidenceFile>> ofReport(Long assessmentId, boolean submittedOnly) {
        return evidence.filesOf(assessmentId, submittedOnly);
    }

    /** The limits the upload hint states: per file, files and bytes per upload, files and bytes per report. */
    public List<String> limits() {
        EvidenceProperties limits = evidence.properties();
        return List.of(limits.maxFileSizeLabel(), String.valueOf(limits.maxFilesPerUpload()),
                EvidenceProperties.label(limits.maxUploadSize()), String.valueOf(limits.maxFilesPerReport()),
                EvidenceProperties.label(limits.maxReportSize()));
    }
}
