-- Who did what, when, to which record. Append-only: a trigger refuses every UPDATE, DELETE and
-- TRUNCATE, whoever asks, so the application's own database role cannot rewrite history.
CREATE TABLE audit_event (
    id           bigserial    PRIMARY KEY,
    occurred_at  timestamptz  NOT NULL,
    actor_id     bigint       REFERENCES user_account (id),
    actor_name   varchar(200) NOT NULL,
    action       varchar(40)  NOT NULL,
    target_type  varchar(40)  NOT NULL,
    target_id    bigint       NOT NULL,
    details      text         NOT NULL DEFAULT ''
);

CREATE INDEX audit_event_target_idx ON audit_event (target_type, target_id, occurred_at);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC;
