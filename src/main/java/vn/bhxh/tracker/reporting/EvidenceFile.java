package vn.bhxh.tracker.reporting;

import java.text.NumberFormat;
import java.time.Instant;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;

/** An evidence file as the report pages show it (the evidence module provides them: {@link EvidenceRecords}). */
@NamedInterface(name = "api", propagate = false)
public record EvidenceFile(Long id, Long dutyReportId, String fileName, String contentType, long size, String sha256,
                           Instant uploadedAt, String uploadedBy, Integer submissionNumber) {

    public boolean submitted() {
        return submissionNumber != null;
    }

    /** "350 KB", "1,2 MB" (in the page's language). */
    public String sizeLabel() {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(1);
        if (size < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(size / 1024.0))) + " KB";
        }
        return format.format(size / (1024.0 * 1024.0)) + " MB";
    }
}
