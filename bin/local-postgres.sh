# Sourced by bin/run and bin/test: makes sure a local PostgreSQL server is installed and running.
# Debian's package is used; its cluster runs as the postgres user, and admin work goes through
# `runuser -u postgres -- psql` (peer authentication on the local socket).

psql_admin() {
  runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"
}

ensure_local_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo ">> Installing PostgreSQL (Debian package)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local cluster
  cluster=$(pg_lsclusters --no-header | head -n 1)
  if [ -z "$cluster" ]; then
    echo "No PostgreSQL cluster found; create one with pg_createcluster." >&2
    return 1
  fi
  local version name port status
  read -r version name port status _ <<<"$cluster"
  if [ "$status" != "online" ]; then
    echo ">> Starting PostgreSQL $version/$name"
    pg_ctlcluster "$version" "$name" start
  fi
  PG_PORT=$port
  export PG_PORT
}

# ensure_role ROLE PASSWORD: creates a login role if absent (idempotent).
ensure_role() {
  local role=$1 password=$2
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != "1" ]; then
    psql_admin -c "CREATE ROLE \"$role\" LOGIN PASSWORD '$password'"
  fi
}

# ensure_role_and_database ROLE PASSWORD DATABASE: creates both if absent (idempotent); ROLE owns
# the database, and so the schema (Flyway migrates as ROLE).
ensure_role_and_database() {
  local role=$1 password=$2 database=$3
  ensure_role "$role" "$password"
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$role\" ENCODING 'UTF8' TEMPLATE template0"
  fi
}

docker_engine_answers() {
  command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1
}
