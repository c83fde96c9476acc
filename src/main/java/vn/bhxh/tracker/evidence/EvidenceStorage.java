package vn.bhxh.tracker.evidence;

/**
 * Where the bytes of evidence files are kept, by the file's id: in PostgreSQL (the default) or in a
 * directory ({@code tracker.evidence.storage}). Calls join the caller's transaction where they can.
 */
public interface EvidenceStorage {

    void store(long evidenceId, byte[] content);

    /** @throws vn.bhxh.tracker.system.NotFoundException when nothing is stored under the id */
    byte[] load(long evidenceId);

    void delete(long evidenceId);
}
