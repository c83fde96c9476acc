-- Browsers that have signed in to an account before ("device cookies", OWASP): an attempt from one of
-- them is not held by the account's lock, so that a stranger who types wrong passwords for an account
-- cannot keep its owner out. Only a hash of each cookie's random token is kept.
CREATE TABLE sign_in_device (
    id           bigserial   PRIMARY KEY,
    account_id   bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    token_sha256 varchar(64) NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz NOT NULL,
    -- wrong passwords from this browser since its last success; too many and it is forgotten
    failures     int         NOT NULL DEFAULT 0 CHECK (failures >= 0)
);

CREATE INDEX sign_in_device_account_idx ON sign_in_device (account_id, last_used_at);
