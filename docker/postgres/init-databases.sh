#!/usr/bin/env bash
# Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d): one
# database per service and three least-privileged roles each (README "Database roles"):
#   <db>_owner      owns the database; the service's Flyway migrations run as it
#   <db>_app        the service at run time; what it may do on the tables the migrations grant
#   <db>_sequencer  the audit sequencer
# Passwords come from the environment: <SERVICE>_DB_{OWNER,APP,SEQUENCER}_PASSWORD.
set -euo pipefail

create() {
  local db=$1 prefix=$2 role password
  for role in owner app sequencer; do
    password_var="${prefix}_DB_${role^^}_PASSWORD"
    password=${!password_var:?$password_var must be set}
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
      -v r="${db}_${role}" -v p="$password" <<<"create role :\"r\" with login password :'p';"
  done
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -v db="$db" -v o="${db}_owner" \
    -v a="${db}_app" -v s="${db}_sequencer" <<'SQL'
create database :"db" owner :"o";
revoke connect on database :"db" from public;
grant connect on database :"db" to :"a", :"s";
SQL
}

create mekong_case CASE
create mekong_intel INTEL
create mekong_taskforce TASKFORCE
