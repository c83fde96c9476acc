-- Units in time. A unit (its id and code, never reused) has versions: each holds for a span of
-- months, [valid_from, valid_to), and gives the unit's name, level and parent in those months; the
-- months no version holds are months the unit did not exist. A reorganisation is a recorded decision
-- that takes effect on the first day of a month; its changes end some versions, start others, and
-- link the units that ended to the ones that succeeded them (unit_succession). Nothing is rewritten:
-- the version that held in 05/2023 is the one every page shows for 05/2023.
--
-- Months only: a reorganisation takes effect on the first of a month, and a unit is expected to
-- report for every month one of its versions holds. The rule "a span holds a month" is written once
-- for SQL (month_span_holds) and once for Java (unit.MonthSpan.holds); UnitRulesAgreementTest checks
-- that the two agree.

-- EXCLUDE below keeps a unit's versions from overlapping; btree_gist lets it compare the unit's id
-- (a trusted extension, as unaccent and pg_trgm of V1).
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;

-- Whether the span of months [valid_from, valid_to) holds the month that starts on month_start
-- (valid_to null: still holds). Java: MonthSpan.holds. Inlined by PostgreSQL into its callers.
CREATE FUNCTION month_span_holds(valid_from date, valid_to date, month_start date) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT valid_from <= month_start AND (valid_to IS NULL OR month_start < valid_to)
$$;

CREATE TABLE reorganisation (
    id              bigserial     PRIMARY KEY,
    -- the decision's number as written on it, e.g. "391/QĐ-BTC"
    decision_number varchar(100)  NOT NULL CHECK (btrim(decision_number) <> ''),
    decided_on      date          NOT NULL,
    effective_month date          NOT NULL CHECK (extract(day FROM effective_month) = 1),
    note            varchar(2000),
    -- MIGRATION: loaded with the application (the 2025 steps); ADMIN: applied by an administrator;
    -- SAMPLE: a sample plan the demo applies, labelled as such wherever it is shown
    source          varchar(16)   NOT NULL CHECK (source IN ('MIGRATION', 'ADMIN', 'SAMPLE')),
    applied_at      timestamptz   NOT NULL,
    applied_by      bigint        REFERENCES user_account (id)
);

CREATE TABLE unit_version (
    id                bigserial    PRIMARY KEY,
    unit_id           bigint       NOT NULL REFERENCES unit (id),
    valid_from        date         NOT NULL CHECK (extract(day FROM valid_from) = 1),
    valid_to          date         CHECK (valid_to IS NULL OR (extract(day FROM valid_to) = 1 AND valid_to > valid_from)),
    name              varchar(200) NOT NULL CHECK (btrim(name) <> ''),
    level             varchar(16)  NOT NULL CHECK (level IN ('AGENCY', 'CENTRAL', 'PROVINCE', 'DISTRICT')),
    parent_id         bigint       REFERENCES unit (id),
    -- the decision that started this version; null for the versions of the 2021 baseline
    reorganisation_id bigint       REFERENCES reorganisation (id),
    CHECK ((level = 'AGENCY') = (parent_id IS NULL)),
    CHECK (parent_id IS NULL OR parent_id <> unit_id),
    EXCLUDE USING gist (unit_id WITH =, daterange(valid_from, valid_to) WITH &&)
);

CREATE INDEX unit_version_parent_idx ON unit_version (parent_id);
CREATE INDEX unit_version_month_idx ON unit_version (valid_from, valid_to);
-- the unit list's search looks for the typed text anywhere in any of a unit's names
CREATE INDEX unit_version_search_name_idx ON unit_version USING gin (lower(immutable_unaccent(name)) public.gin_trgm_ops);

-- What a decision changed, line by line as it was decided (the plan's lines): the record a unit's
-- lineage and the decision's page read. The versions and successions are its effect.
CREATE TABLE reorganisation_change (
    id                bigserial    PRIMARY KEY,
    reorganisation_id bigint       NOT NULL REFERENCES reorganisation (id),
    line              int          NOT NULL CHECK (line > 0),
    kind              varchar(8)   NOT NULL CHECK (kind IN ('CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'CLOSE')),
    -- the unit the line is about: the one created, renamed, moved, merged into another, split or closed
    unit_id           bigint       NOT NULL REFERENCES unit (id),
    -- MERGE: the unit it merged into; SPLIT: one of the units it split into (a line each)
    successor_id      bigint       REFERENCES unit (id),
    new_name          varchar(200),
    new_level         varchar(16)  CHECK (new_level IN ('CENTRAL', 'PROVINCE', 'DISTRICT')),
    new_parent_id     bigint       REFERENCES unit (id),
    UNIQUE (reorganisation_id, line),
    CHECK ((kind IN ('MERGE', 'SPLIT')) = (successor_id IS NOT NULL))
);

CREATE INDEX reorganisation_change_unit_idx ON reorganisation_change (unit_id);
CREATE INDEX reorganisation_change_successor_idx ON reorganisation_change (successor_id);

-- A succession now belongs to the decision that made it (null for none recorded before V29: there are none).
ALTER TABLE unit_succession ADD COLUMN reorganisation_id bigint REFERENCES reorganisation (id);

-- Each unit's one version so far, holding for exactly the months it was expected to report in until
-- now: every month it was in effect at some time of (dashboard.UnitMonths' rule before V29).
INSERT INTO unit_version (unit_id, valid_from, valid_to, name, level, parent_id)
SELECT id, date_trunc('month', effective_from)::date,
       CASE WHEN effective_to IS NULL THEN NULL ELSE (date_trunc('month', effective_to) + interval '1 month')::date END,
       name, level, parent_id
FROM unit;

-- The units in force in a month, each as its version of that month gives it (the month's tree).
-- Inlined into its callers: PostgreSQL sees through it as through a view.
CREATE FUNCTION unit_tree(month_start date)
    RETURNS TABLE (unit_id bigint, code varchar, name varchar, level varchar, parent_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT v.unit_id, u.code, v.name, v.level, v.parent_id
    FROM unit_version v JOIN unit u ON u.id = v.unit_id
    WHERE month_span_holds(v.valid_from, v.valid_to, month_start)
$$;
