package vn.bhxh.tracker.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings for evidence files ({@code tracker.evidence.*}); every limit has a default.
 *
 * @param maxFileSize       the largest file accepted (20 MB)
 * @param maxUploadSize     the most one upload (one press of "Tải lên") may carry in all (50 MB)
 * @param maxFilesPerUpload the most files one upload may carry (10)
 * @param maxFilesPerReport the most files one report may hold, over all its duties and submissions (100)
 * @param maxReportSize     the most bytes one report's files may take together (200 MB)
 * @param archive           the limits on what an Office or OpenDocument file (a ZIP container) declares inside
 * @param storage           where the bytes go: {@code database} (the default) or {@code directory}
 * @param directory         the directory used when {@code storage=directory}
 */
@ConfigurationProperties("tracker.evidence")
public record EvidenceProperties(DataSize maxFileSize, DataSize maxUploadSize, Integer maxFilesPerUpload,
                                 Integer maxFilesPerReport, DataSize maxReportSize,
                                 Archive archive, String storage, Path directory) {

    public EvidenceProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(50) : maxUploadSize;
        maxFilesPerUpload = maxFilesPerUpload == null ? 10 : maxFilesPerUpload;
        maxFilesPerReport = maxFilesPerReport == null ? 100 : maxFilesPerReport;
        maxReportSize = maxReportSize == null ? DataSize.ofMegabytes(200) : maxReportSize;
        archive = archive == null ? new Archive(null, null, null, null, null) : archive;
        if (storage == null || storage.isBlank()) {
            storage = "database";
        }
    }

    /** Every limit at its default. */
    static EvidenceProperties defaults() {
        return new EvidenceProperties(null, null, null, null, null, null, null, null);
    }

    /**
     * What a ZIP container may declare in its central directory; nothing is inflated to find out.
     *
     * @param maxEntries             entries in one file (10 000)
     * @param maxInflatedSize        one file's entries once inflated, added up (200 MB)
     * @param maxRatio               how much better than this an entry over 1 MB may not compress (100, i.e. 100:1)
     * @param maxUploadEntries       entries in all the files of one upload (20 000)
     * @param maxUploadInflatedSize  all the files of one upload once inflated (500 MB)
     */
    public record Archive(Integer maxEntries, DataSize maxInflatedSize, Integer maxRatio, Integer maxUploadEntries,
                          DataSize maxUploadInflatedSize) {

        public Archive {
            maxEntries = maxEntries == null ? 10_000 : maxEntries;
            maxInflatedSize = maxInflatedSize == null ? DataSize.ofMegabytes(200) : maxInflatedSize;
            maxRatio = maxRatio == null ? 100 : maxRatio;
            maxUploadEntries = maxUploadEntries == null ? 20_000 : maxUploadEntries;
            maxUploadInflatedSize = maxUploadInflatedSize == null ? DataSize.ofMegabytes(500) : maxUploadInflatedSize;
        }

        long maxInflatedBytes() {
            return maxInflatedSize.toBytes();
        }
    }

    public boolean allows(long size) {
        return size <= maxFileSize.toBytes();
    }

    /** The limit on one file as people read it: "20 MB", "512 KB". */
    public String maxFileSizeLabel() {
        return label(maxFileSize);
    }

    /** A size as people read it: "20 MB", "512 KB"; in bytes when it is not a whole number of either. */
    static String label(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
