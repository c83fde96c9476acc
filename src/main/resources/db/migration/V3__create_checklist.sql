-- A directive, its checklist versions (the duties and indicators in force from a given month) and
-- the directive's other obligations (items 1, 3, 4), for later work to attach to.
CREATE TABLE directive (
    id        bigserial    PRIMARY KEY,
    code      varchar(32)  NOT NULL UNIQUE,
    title     text         NOT NULL,
    issued_on date         NOT NULL,
    issued_by varchar(200) NOT NULL,
    signed_by varchar(200) NOT NULL
);

CREATE TABLE directive_obligation (
    id            bigserial   PRIMARY KEY,
    directive_id  bigint      NOT NULL REFERENCES directive (id),
    item          varchar(8)  NOT NULL,
    position      int         NOT NULL,
    title         varchar(300) NOT NULL,
    original_text text        NOT NULL,
    citation      varchar(100) NOT NULL,
    UNIQUE (directive_id, item)
);

CREATE TABLE checklist_version (
    id             bigserial    PRIMARY KEY,
    directive_id   bigint       NOT NULL REFERENCES directive (id),
    name           varchar(200) NOT NULL,
    -- months are stored as their first day; a version applies from its first month to its last
    effective_from date         NOT NULL CHECK (extract(day FROM effective_from) = 1),
    effective_to   date         CHECK (effective_to IS NULL OR extract(day FROM effective_to) = 1),
    version        bigint       NOT NULL DEFAULT 0,
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

CREATE TABLE duty (
    id                   bigserial    PRIMARY KEY,
    checklist_version_id bigint       NOT NULL REFERENCES checklist_version (id),
    code                 varchar(8)   NOT NULL,
    position             int          NOT NULL,
    title                varchar(300) NOT NULL,
    original_text        text         NOT NULL,
    citation             varchar(100) NOT NULL,
    UNIQUE (checklist_version_id, code),
    UNIQUE (checklist_version_id, position)
);

CREATE TABLE indicator (
    id              bigserial    PRIMARY KEY,
    duty_id         bigint       NOT NULL REFERENCES duty (id),
    position        int          NOT NULL,
    name            varchar(300) NOT NULL,
    unit_of_measure varchar(50)  NOT NULL,
    kind            varchar(16)  NOT NULL CHECK (kind IN ('COUNT', 'YES_NO', 'PERCENTAGE')),
    UNIQUE (duty_id, position)
);
