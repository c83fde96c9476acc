-- The monthly cycle: reporting periods, each unit's self-assessment for a period, its duty reports
-- and indicator values, every submission as a frozen snapshot, and the reviewer's decisions.

CREATE TABLE reporting_period (
    id            bigserial   PRIMARY KEY,
    -- the month, stored as its first day
    month         date        NOT NULL UNIQUE CHECK (extract(day FROM month) = 1),
    -- the last day on which a submission counts as on time (inclusive, in Vietnam's time zone)
    deadline_date date        NOT NULL,
    opened_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (deadline_date >= month)
);

CREATE TABLE self_assessment (
    id                   bigserial   PRIMARY KEY,
    unit_id              bigint      NOT NULL REFERENCES unit (id),
    period_id            bigint      NOT NULL REFERENCES reporting_period (id),
    checklist_version_id bigint      NOT NULL REFERENCES checklist_version (id),
    state                varchar(16) NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    -- timeliness is computed from the first submission, never typed
    first_submitted_at   timestamptz,
    last_submitted_at    timestamptz,
    created_at           timestamptz NOT NULL,
    created_by_id        bigint      NOT NULL REFERENCES user_account (id),
    updated_at           timestamptz NOT NULL,
    updated_by_id        bigint      NOT NULL REFERENCES user_account (id),
    version              bigint      NOT NULL DEFAULT 0,
    UNIQUE (unit_id, period_id),
    CHECK ((state = 'DRAFT') = (first_submitted_at IS NULL))
);

CREATE INDEX self_assessment_period_state_idx ON self_assessment (period_id, state);

CREATE TABLE duty_report (
    id                    bigserial   PRIMARY KEY,
    self_assessment_id    bigint      NOT NULL REFERENCES self_assessment (id) ON DELETE CASCADE,
    duty_id               bigint      NOT NULL REFERENCES duty (id),
    status                varchar(16) CHECK (status IN ('DONE', 'PARTIAL', 'NOT_DONE', 'NOT_APPLICABLE')),
    what_was_done         text        NOT NULL DEFAULT '',
    shortfall_reason      text        NOT NULL DEFAULT '',
    remedy                text        NOT NULL DEFAULT '',
    responsible_leader_id bigint      REFERENCES user_account (id),
    -- set when the text was copied from the unit's previous report and nobody has edited it since
    copied_from_previous  boolean     NOT NULL DEFAULT false,
    UNIQUE (self_assessment_id, duty_id)
);

CREATE TABLE indicator_value (
    id             bigserial     PRIMARY KEY,
    duty_report_id bigint        NOT NULL REFERENCES duty_report (id) ON DELETE CASCADE,
    indicator_id   bigint        NOT NULL REFERENCES indicator (id),
    -- counts and percentages as numbers; yes/no as 1/0
    value          numeric(14,2) CHECK (value >= 0),
    UNIQUE (duty_report_id, indicator_id)
);

-- Each submission, frozen: what the reviewer decided on, and what a revision is compared with.
CREATE TABLE submission (
    id                 bigserial   PRIMARY KEY,
    self_assessment_id bigint      NOT NULL REFERENCES self_assessment (id),
    number             int         NOT NULL CHECK (number > 0),
    submitted_at       timestamptz NOT NULL,
    submitted_by_id    bigint      NOT NULL REFERENCES user_account (id),
    snapshot           jsonb       NOT NULL,
    UNIQUE (self_assessment_id, number)
);

-- Vụ TCCB's decision on one submission: accepted, or returned for revision with comments.
CREATE TABLE review_decision (
    id            bigserial   PRIMARY KEY,
    submission_id bigint      NOT NULL UNIQUE REFERENCES submission (id),
    outcome       varchar(16) NOT NULL CHECK (outcome IN ('ACCEPT', 'RETURN')),
    note          text        NOT NULL DEFAULT '',
    decided_at    timestamptz NOT NULL,
    decided_by_id bigint      NOT NULL REFERENCES user_account (id)
);

CREATE TABLE review_comment (
    id                 bigserial PRIMARY KEY,
    review_decision_id bigint    NOT NULL REFERENCES review_decision (id),
    duty_id            bigint    NOT NULL REFERENCES duty (id),
    comment            text      NOT NULL CHECK (comment <> ''),
    UNIQUE (review_decision_id, duty_id)
);
