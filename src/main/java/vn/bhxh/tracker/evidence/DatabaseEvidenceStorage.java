package vn.bhxh.tracker.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.bhxh.tracker.system.NotFoundException;

/**
 * Keeps the bytes in the {@code evidence_chunk} table, in pieces of {@link #CHUNK_SIZE}, in the same
 * transaction as the metadata. PostgreSQL's driver reads and writes a {@code bytea} value whole, so a
 * file in one row would pass through memory whole; in pieces, an upload holds one piece at a time,
 * and a download fetches one piece per query, each on a connection borrowed for that query only.
 */
@Component
@ConditionalOnProperty(name = "tracker.evidence.storage", havingValue = "database", matchIfMissing = true)
class DatabaseEvidenceStorage implements EvidenceStorage {

    /** V24 cut the contents stored before it into pieces of this size too. */
    static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcTemplate jdbc;

    DatabaseEvidenceStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(long evidenceId, InputStream content) {
        byte[] buffer = new byte[CHUNK_SIZE];
        try {
            int position = 0;
            int length;
            while ((length = content.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
                int chunk = position++;
                int size = length;
                jdbc.update("INSERT INTO evidence_chunk (evidence_id, position, data) VALUES (?, ?, ?)", statement -> {
                    statement.setLong(1, evidenceId);
                    statement.setInt(2, chunk);
                    statement.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, size), size);
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence " + evidenceId, e);
        }
    }

    @Override
    public InputStream open(long evidenceId) {
        Integer chunks = jdbc.queryForObject("SELECT count(*) FROM evidence_chunk WHERE evidence_id = ?", Integer.class,
                evidenceId);
        if (chunks == null || chunks == 0) {
            throw new NotFoundException("evidence content " + evidenceId);
        }
        return new ChunkStream(evidenceId, chunks);
    }

    @Override
    public void delete(long evidenceId) {
        jdbc.update("DELETE FROM evidence_chunk WHERE evidence_id = ?", evidenceId);
    }

    /** Reads a file's pieces in order, fetching the next only when the previous one has been read. */
    private final class ChunkStream extends InputStream {

        private final long evidenceId;
        private final int chunks;
        private int next;
        private byte[] current = new byte[0];
        private int offset;

        ChunkStream(long evidenceId, int chunks) {
            this.evidenceId = evidenceId;
            this.chunks = chunks;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int from, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (offset == current.length) {
                if (next == chunks) {
                    return -1;
                }
                current = fetch(next++);
                offset = 0;
            }
            int n = Math.min(length, current.length - offset);
            System.arraycopy(current, offset, target, from, n);
            offset += n;
            return n;
        }

        /**
         * Skips without fetching the pieces skipped over (a range request starts by skipping): every
         * piece but the last is whole, so where a position lies is known without reading.
         */
        @Override
        public long skip(long n) throws IOException {
            if (n <= 0) {
                return 0;
            }
            long skipped = Math.min(n, current.length - offset);
            offset += (int) skipped;
            long rest = n - skipped;
            long whole = Math.min(rest / CHUNK_SIZE, Math.max(0, chunks - next - 1));
            if (whole > 0) {
                next += (int) whole;
                current = new byte[0];
                offset = 0;
                skipped += whole * CHUNK_SIZE;
                rest -= whole * CHUNK_SIZE;
            }
            if (rest > 0 && next < chunks) {
                current = fetch(next++);
                offset = (int) Math.min(rest, current.length);
                skipped += offset;
            }
            return skipped;
        }

        @Override
        public int available() {
            return current.length - offset;
        }

        private byte[] fetch(int position) throws IOException {
            List<byte[]> found = jdbc.query("SELECT data FROM evidence_chunk WHERE evidence_id = ? AND position = ?",
                    (row, i) -> row.getBytes(1), evidenceId, position);
            if (found.isEmpty() || found.get(0).length == 0) {
                throw new IOException("piece " + position + " of evidence " + evidenceId + " is missing");
            }
            return found.get(0);
        }
    }
}
