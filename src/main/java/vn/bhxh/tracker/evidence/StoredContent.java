package vn.bhxh.tracker.evidence;

import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as Spring MVC writes it to a response: its length known beforehand, its bytes read
 * from storage only while they are being sent (and read again for a range request), never held whole.
 */
final class StoredContent extends AbstractResource {

    private final EvidenceStorage storage;
    private final long evidenceId;
    private final long size;

    StoredContent(EvidenceStorage storage, long evidenceId, long size) {
        this.storage = storage;
        this.evidenceId = evidenceId;
        this.size = size;
    }

    @Override
    public InputStream getInputStream() {
        return storage.open(evidenceId);
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "evidence " + evidenceId;
    }
}
