package vn.bhxh.tracker.evidence;

import java.io.InputStream;

/**
 * Where the bytes of evidence files are kept, by the file's id: in PostgreSQL (the default) or in a
 * directory ({@code tracker.evidence.storage}). Contents go in and come out as streams, a piece at a
 * time, never as one array: memory per upload or download stays the same whatever the file's size.
 * Storing and deleting join the caller's transaction where they can.
 */
public interface EvidenceStorage {

    /** Keeps what the stream holds, read to its end, under the id; the caller closes the stream. */
    void store(long evidenceId, InputStream content);

    /**
     * The bytes as a stream that fetches them as it is read; the caller closes it. It holds no
     * database connection between reads.
     *
     * @throws vn.bhxh.tracker.system.NotFoundException when nothing is stored under the id
     */
    InputStream open(long evidenceId);

    void delete(long evidenceId);
}
