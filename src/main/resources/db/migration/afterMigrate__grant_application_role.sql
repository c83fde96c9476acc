-- Flyway runs this after every migrate, even one with nothing to apply, as the schema's owner. It gives
-- the role the application connects as (placeholder app_role, filled by system.DatabaseRoles) the rows
-- of every table, later migrations' tables included, and no more: only INSERT and SELECT on the audit
-- trail, nothing on Flyway's history. Owning nothing, that role cannot alter, disable or drop the
-- audit trail's triggers or replace their function either. (V7 says its trigger alone keeps the
-- application's role from rewriting history: not while that role owned the table, as it did before.)
DO $$
DECLARE
    app_role text := '${app_role}';
BEGIN
    IF app_role = '' OR app_role = current_user THEN
        -- one role for both (a deployment from before the two roles): nothing to grant; the
        -- application warns at start (system.DatabaseRoles)
        RAISE NOTICE 'The application connects as the schema''s owner %: no grants', current_user;
        RETURN;
    END IF;
    -- two instances starting together must not grant on the same table at once
    PERFORM pg_advisory_xact_lock(hashtext('tracker: grant the application role'));
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', '${flyway:defaultSchema}', app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   '${flyway:defaultSchema}', app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', '${flyway:defaultSchema}', app_role);
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', '${flyway:defaultSchema}', '${flyway:table}', app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %I.audit_event FROM %I',
                   '${flyway:defaultSchema}', app_role);
END
$$;
