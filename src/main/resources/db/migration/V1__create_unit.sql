-- Units of Vietnam Social Security: the agency, its central units, provincial and district offices.
-- A unit keeps its own effective dates; reorganisations close a unit and link it to its successors,
-- so that a report stays attached to the unit as it existed in its month.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- unaccent() is only STABLE; this wrapper pins the dictionary so it can be used in indexes.
CREATE FUNCTION immutable_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE unit (
    id             bigserial    PRIMARY KEY,
    code           varchar(32)  NOT NULL UNIQUE,
    name           varchar(200) NOT NULL,
    level          varchar(16)  NOT NULL CHECK (level IN ('AGENCY', 'CENTRAL', 'PROVINCE', 'DISTRICT')),
    parent_id      bigint       REFERENCES unit (id),
    effective_from date         NOT NULL,
    effective_to   date,
    version        bigint       NOT NULL DEFAULT 0,
    CHECK (effective_to IS NULL OR effective_to >= effective_from),
    -- only the agency stands at the top of the hierarchy
    CHECK ((level = 'AGENCY') = (parent_id IS NULL))
);

CREATE INDEX unit_parent_idx ON unit (parent_id);
CREATE INDEX unit_level_idx ON unit (level);
-- serves the admin search, which looks for the typed text anywhere in the name
CREATE INDEX unit_search_name_idx ON unit USING gin (lower(immutable_unaccent(name)) public.gin_trgm_ops);

-- A reorganisation: one unit replaced by another, split into several, or several merged into one.
CREATE TABLE unit_succession (
    predecessor_id bigint NOT NULL REFERENCES unit (id),
    successor_id   bigint NOT NULL REFERENCES unit (id),
    effective_on   date   NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);

CREATE INDEX unit_succession_successor_idx ON unit_succession (successor_id);
