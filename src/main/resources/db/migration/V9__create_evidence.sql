-- Evidence files (tài liệu kiểm chứng) attached to a duty of a self-assessment. The metadata lives
-- here; the bytes live in evidence_content (the default) or in a configured directory.

CREATE TABLE evidence (
    id                bigserial    PRIMARY KEY,
    duty_report_id    bigint       NOT NULL REFERENCES duty_report (id) ON DELETE CASCADE,
    -- the sanitised name: no path, no control characters, never empty
    file_name         varchar(150) NOT NULL CHECK (file_name <> ''),
    -- the type found in the content, not the one the name or the browser claimed
    content_type      varchar(100) NOT NULL,
    size_bytes        bigint       NOT NULL CHECK (size_bytes > 0),
    sha256            varchar(64)  NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at       timestamptz  NOT NULL,
    uploaded_by_id    bigint       NOT NULL REFERENCES user_account (id),
    -- the submission the file was first sent with; once set, the file can no longer be deleted
    submission_number int          CHECK (submission_number > 0)
);

CREATE INDEX evidence_duty_report_idx ON evidence (duty_report_id);

CREATE TABLE evidence_content (
    evidence_id bigint PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    content     bytea  NOT NULL
);

-- PDFs, images and Office files are compressed already: store them as they are.
ALTER TABLE evidence_content ALTER COLUMN content SET STORAGE EXTERNAL;
