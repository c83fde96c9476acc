package vn.bhxh.tracker.evidence;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.system.NotFoundException;

/** Keeps the bytes in the {@code evidence_content} table, in the same transaction as the metadata. */
@Component
@ConditionalOnProperty(name = "tracker.evidence.storage", havingValue = "database", matchIfMissing = true)
class DatabaseEvidenceStorage implements EvidenceStorage {

    private final JdbcTemplate jdbc;

    DatabaseEvidenceStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(long evidenceId, byte[] content) {
        jdbc.update("INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)", evidenceId, content);
    }

    @Override
    public byte[] load(long evidenceId) {
        List<byte[]> found = jdbc.query("SELECT content FROM evidence_content WHERE evidence_id = ?",
                (rs, row) -> rs.getBytes(1), evidenceId);
        if (found.isEmpty()) {
            throw new NotFoundException("evidence content " + evidenceId);
        }
        return found.get(0);
    }

    @Override
    public void delete(long evidenceId) {
        jdbc.update("DELETE FROM evidence_content WHERE evidence_id = ?", evidenceId);
    }
}
