-- An administrator's plan for a reorganisation, kept between the steps of writing it (the decision's
-- number, date and month, then its lines typed one by one or uploaded as a file, then the preview)
-- until it is applied or discarded. Nothing here is in force: applying the plan writes the
-- reorganisation, its changes, versions and successions (V29's tables) and remembers which
-- reorganisation it became, so that a second press of "confirm" finds it applied and writes nothing.
--
-- A line keeps what was typed or uploaded, trimmed (codes in capitals), even when it is wrong: the
-- preview shows each problem on its line. Texts are bounded here only against abuse; the preview
-- says when one is longer than its column in unit or unit_version allows.
CREATE TABLE reorganisation_plan (
    id                bigserial     PRIMARY KEY,
    created_by        bigint        NOT NULL REFERENCES user_account (id),
    created_at        timestamptz   NOT NULL,
    updated_at        timestamptz   NOT NULL,
    -- the decision as typed so far (null until typed)
    decision_number   varchar(100),
    decided_on        date,
    effective_month   date          CHECK (extract(day FROM effective_month) = 1),
    -- set once, when the plan is applied
    reorganisation_id bigint        UNIQUE REFERENCES reorganisation (id),
    version           bigint        NOT NULL DEFAULT 0
);

CREATE INDEX reorganisation_plan_created_by_idx ON reorganisation_plan (created_by) WHERE reorganisation_id IS NULL;

CREATE TABLE reorganisation_plan_line (
    plan_id         bigint        NOT NULL REFERENCES reorganisation_plan (id) ON DELETE CASCADE,
    line            int           NOT NULL CHECK (line > 0),
    kind            varchar(1000) NOT NULL DEFAULT '',
    old_code        varchar(1000) NOT NULL DEFAULT '',
    new_code        varchar(1000) NOT NULL DEFAULT '',
    new_name        varchar(1000) NOT NULL DEFAULT '',
    new_parent_code varchar(1000) NOT NULL DEFAULT '',
    level           varchar(1000) NOT NULL DEFAULT '',
    -- checked at commit: removing a line renumbers those after it in one statement
    PRIMARY KEY (plan_id, line) DEFERRABLE INITIALLY DEFERRED
);
