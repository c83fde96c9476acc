package vn.bhxh.tracker.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.bhxh.tracker.reporting.EvidenceFile;
import vn.bhxh.tracker.reporting.EvidenceRecords;

/**
 * The evidence module's side of {@link EvidenceRecords}: what the report pages show of the files.
 * The pages are only rendered once the controller has allowed the user to read the report.
 */
@Component
class EvidenceView implements EvidenceRecords {

    private final EvidenceService evidence;

    EvidenceView(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public Map<Long, List<EvidenceFile>> filesOf(Long assessmentId, boolean submittedOnly) {
        return evidence.filesOf(assessmentId, submittedOnly);
    }

    @Override
    public UploadLimits uploadLimits() {
        EvidenceProperties limits = evidence.properties();
        return new UploadLimits(limits.maxFileSizeLabel(), limits.maxFilesPerUpload(),
                EvidenceProperties.label(limits.maxUploadSize()), limits.maxFilesPerReport(),
                EvidenceProperties.label(limits.maxReportSize()));
    }
}
