package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.system.AfterTransaction;
import vn.bhxh.tracker.system.NotFoundException;

/**
 * Keeps the bytes as one file per evidence id in a directory. The file system has no transaction:
 * a file written for an upload that then rolls back is removed again, and a deletion happens only
 * once the database has committed it.
 */
@Component
@ConditionalOnProperty(name = "tracker.evidence.storage", havingValue = "directory")
class DirectoryEvidenceStorage implements EvidenceStorage {

    private final Path directory;

    @Autowired
    DirectoryEvidenceStorage(EvidenceProperties properties) {
        this(properties.directory());
    }

    DirectoryEvidenceStorage(Path directory) {
        if (directory == null) {
            throw new IllegalStateException("tracker.evidence.directory must be set when tracker.evidence.storage=directory");
        }
        try {
            this.directory = Files.createDirectories(directory).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use evidence directory " + directory, e);
        }
    }

    @Override
    public void store(long evidenceId, InputStream content) {
        Path target = pathOf(evidenceId);
        try {
            Path temporary = Files.createTempFile(directory, "upload-", ".tmp");
            try {
                Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                deleteQuietly(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence " + evidenceId, e);
        }
        AfterTransaction.onRollback(() -> deleteQuietly(target));
    }

    @Override
    public InputStream open(long evidenceId) {
        try {
            return Files.newInputStream(pathOf(evidenceId));
        } catch (NoSuchFileException missing) {
            throw new NotFoundException("evidence content " + evidenceId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + evidenceId, e);
        }
    }

    @Override
    public void delete(long evidenceId) {
        Path target = pathOf(evidenceId);
        AfterTransaction.onCommit(() -> deleteQuietly(target));
    }

    private Path pathOf(long evidenceId) {
        return directory.resolve(Long.toString(evidenceId));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // an orphaned file is harmless: nothing points to it any more
        }
    }
}
