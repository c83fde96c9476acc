#!/usr/bin/env bash
# Creates the role the application connects as (TRACKER_APP_DB_USER, default tracker_app), if absent.
# The official PostgreSQL image runs it once, when it creates its database (/docker-entrypoint-initdb.d);
# bin/run runs it again on every start (`docker compose exec db bash …`), so that a database created
# before there were two roles gets it too. The schema stays POSTGRES_USER's, as whom Flyway migrates.
set -eo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
  -v role="${TRACKER_APP_DB_USER:-tracker_app}" \
  -v password="${TRACKER_APP_DB_PASSWORD:?set TRACKER_APP_DB_PASSWORD for the application role}" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'password')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SQL
