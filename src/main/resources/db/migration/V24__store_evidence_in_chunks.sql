-- Evidence contents in pieces of at most 1 MiB (DatabaseEvidenceStorage.CHUNK_SIZE): PostgreSQL's
-- JDBC driver reads and writes a bytea value whole, so one row per file put whole files in the
-- application's memory on every upload and download. A piece at a time, uploads and downloads stream.

CREATE TABLE evidence_chunk (
    evidence_id bigint  NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    -- 0, 1, 2… in the order of the file's bytes; every piece but the last is full
    position    integer NOT NULL CHECK (position >= 0),
    data        bytea   NOT NULL CHECK (octet_length(data) BETWEEN 1 AND 1048576),
    PRIMARY KEY (evidence_id, position)
);

-- PDFs, images and Office files are compressed already: store them as they are (which also lets
-- substring() below read a slice without reading the whole value).
ALTER TABLE evidence_chunk ALTER COLUMN data SET STORAGE EXTERNAL;

INSERT INTO evidence_chunk (evidence_id, position, data)
SELECT c.evidence_id, piece.n, substring(c.content FROM piece.n * 1048576 + 1 FOR 1048576)
FROM evidence_content c
CROSS JOIN LATERAL generate_series(0, (octet_length(c.content) - 1) / 1048576) AS piece(n)
WHERE octet_length(c.content) > 0;

DROP TABLE evidence_content;
