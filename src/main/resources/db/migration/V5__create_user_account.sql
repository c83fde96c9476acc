-- People who sign in. Each belongs to one unit; a head or deputy carries a position there.
CREATE TABLE user_account (
    id            bigserial    PRIMARY KEY,
    username      varchar(64)  NOT NULL,
    full_name     varchar(200) NOT NULL,
    email         varchar(254) NOT NULL,
    unit_id       bigint       NOT NULL REFERENCES unit (id),
    position      varchar(16)  CHECK (position IN ('HEAD', 'DEPUTY')),
    password_hash varchar(255) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);

-- user names and e-mail addresses are unique whatever their case
CREATE UNIQUE INDEX user_account_username_key ON user_account (lower(username));
CREATE UNIQUE INDEX user_account_email_key ON user_account (lower(email));
CREATE INDEX user_account_unit_idx ON user_account (unit_id);

CREATE TABLE user_account_role (
    user_account_id bigint      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role            varchar(32) NOT NULL
        CHECK (role IN ('UNIT_LEADER', 'REVIEWER', 'PROVINCE_DIRECTOR', 'EXECUTIVE', 'ADMIN')),
    PRIMARY KEY (user_account_id, role)
);
