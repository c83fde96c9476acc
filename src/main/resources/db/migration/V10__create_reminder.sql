-- Urging (đôn đốc): each reminder e-mail sent to a unit about a month's report, by a reviewer
-- (MANUAL) or by the daily job (BEFORE_DEADLINE, AFTER_DEADLINE; at most one of each per unit and month).
CREATE TABLE reminder (
    id          bigserial    PRIMARY KEY,
    unit_id     bigint       NOT NULL REFERENCES unit (id),
    period_id   bigint       NOT NULL REFERENCES reporting_period (id),
    kind        varchar(20)  NOT NULL CHECK (kind IN ('MANUAL', 'BEFORE_DEADLINE', 'AFTER_DEADLINE')),
    sent_at     timestamptz  NOT NULL,
    sent_by_id  bigint       REFERENCES user_account (id),
    recipients  text         NOT NULL,
    subject     varchar(300) NOT NULL,
    body        text         NOT NULL,
    escalated   boolean      NOT NULL DEFAULT false
);

CREATE INDEX reminder_period_unit_idx ON reminder (period_id, unit_id, sent_at);
CREATE INDEX reminder_unit_idx ON reminder (unit_id, sent_at);
CREATE UNIQUE INDEX reminder_automatic_once_idx ON reminder (unit_id, period_id, kind) WHERE kind <> 'MANUAL';

-- ShedLock: one run of a scheduled job across all instances.
CREATE TABLE shedlock (
    name       varchar(64)  NOT NULL PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
