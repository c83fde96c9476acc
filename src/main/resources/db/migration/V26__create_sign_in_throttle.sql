-- Sign-in throttling: recent failed sign-ins per user name as typed (ACCOUNT, known or not, so that
-- the answer never tells whether an account exists) and per source address (ADDRESS). Kept in the
-- database, not in memory, so that every instance of the application sees the same counts.
CREATE TABLE sign_in_throttle (
    id                bigserial    PRIMARY KEY,
    kind              varchar(10)  NOT NULL CHECK (kind IN ('ACCOUNT', 'ADDRESS')),
    subject           varchar(100) NOT NULL,
    -- attempts counted since window_started_at, those still being checked included
    failures          integer      NOT NULL DEFAULT 0 CHECK (failures >= 0),
    window_started_at timestamptz  NOT NULL,
    last_attempt_at   timestamptz  NOT NULL,
    locked_until      timestamptz,
    UNIQUE (kind, subject)
);

CREATE INDEX sign_in_throttle_locked_idx ON sign_in_throttle (locked_until) WHERE locked_until IS NOT NULL;

-- Sign-in events name the account they are about when it exists; a failure under an unknown user
-- name, or a lock of an address, is about no record.
ALTER TABLE audit_event ALTER COLUMN target_id DROP NOT NULL;
