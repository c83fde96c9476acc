package vn.bhxh.tracker.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings for evidence files ({@code tracker.evidence.*}).
 *
 * @param maxFileSize the largest file accepted (20 MB by default)
 * @param storage     where the bytes go: {@code database} (the default) or {@code directory}
 * @param directory   the directory used when {@code storage=directory}
 */
@ConfigurationProperties("tracker.evidence")
public record EvidenceProperties(DataSize maxFileSize, String storage, Path directory) {

    public EvidenceProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(20);
        }
        if (storage == null || storage.isBlank()) {
            storage = "database";
        }
    }

    public boolean allows(long size) {
        return size <= maxFileSize.toBytes();
    }

    /** The limit as people read it: "20 MB", "512 KB". */
    public String maxFileSizeLabel() {
        long bytes = maxFileSize.toBytes();
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return maxFileSize.toMegabytes() + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return maxFileSize.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
