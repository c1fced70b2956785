# shellcheck shell=bash
#
# PostgreSQL helpers shared by bin/suite and .ci/run. Source this file; it defines functions only
# (plus defaults for the DB_* variables) and changes no shell options.
#
#   ensure_postgres     make sure a server answers at DB_HOST:DB_PORT, starting/creating/installing
#                       one when DB_HOST is local (see the function for the order of attempts)
#   ensure_databases    create the given databases if missing
#   stop_private_postgres
#                       stop the project-private cluster if ensure_postgres started one
#
#   pg_choose_admin     find how to act as an administrator (see PG_ADMIN_GIVEN below)
#   ensure_service_databases
#                       per service database: its owner, app and sequencer roles with passwords, and
#                       the database owned by the owner role
#   service_db_env DB   the environment a service of that database runs with
#   ensure_admin_login  an administrator that logs in over TCP with a password (for the tests)
#
# Variables: DB_HOST (127.0.0.1), DB_PORT (5432), DB_USER (postgres), DB_PASSWORD (empty; exported
# as PGPASSWORD when set), PG_WAIT_SECONDS (30). ROOT defaults to the repository root. Passwords the
# scripts generate live in .run/db-credentials-<port>.env (mode 600) and are reused.

: "${ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${DB_HOST:=127.0.0.1}"
: "${DB_PORT:=5432}"
# An administrator account given by the user (case b) is used as it is; otherwise the scripts find
# one: postgres over TCP where the cluster trusts it, or the postgres system user over the local
# socket (peer authentication, as Debian's package sets it up) where they own the cluster.
if [[ -n "${DB_USER:-}" || -n "${DB_PASSWORD:-}" ]]; then PG_ADMIN_GIVEN=1; else PG_ADMIN_GIVEN=0; fi
: "${DB_USER:=postgres}"
: "${DB_PASSWORD:=}"
: "${PG_WAIT_SECONDS:=30}"

PG_RUN_DIR="$ROOT/.run"
PG_PRIVATE_DATA="$PG_RUN_DIR/pgdata"
PG_PRIVATE_SOCKETS="$PG_RUN_DIR/pgsocket"
PG_PRIVATE_LOG="$PG_RUN_DIR/logs/postgres.log"
PG_PRIVATE_MARKER="$PG_RUN_DIR/private-postgres"

pg_say() { printf '[postgres] %s\n' "$*"; }
pg_err() { printf '[postgres] ERROR: %s\n' "$*" >&2; }

pg_export_password() {
  if [[ -n "$DB_PASSWORD" ]]; then
    export PGPASSWORD="$DB_PASSWORD"
  fi
}

pg_is_root() { [[ "$(id -u)" -eq 0 ]]; }

pg_host_is_local() {
  case "$DB_HOST" in
    127.0.0.1 | localhost) return 0 ;;
    *) return 1 ;;
  esac
}

# True when a server accepts connections at DB_HOST:DB_PORT.
pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "$DB_HOST" -p "$DB_PORT" -t 3 >/dev/null 2>&1
  else
    # shellcheck disable=SC2016 # expanded by the inner bash
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$DB_HOST" "$DB_PORT" >/dev/null 2>&1
  fi
}

# Waits up to PG_WAIT_SECONDS for the server to answer.
pg_wait() {
  local i
  for ((i = 0; i < PG_WAIT_SECONDS; i++)); do
    if pg_answers; then
      return 0
    fi
    sleep 1
  done
  pg_answers
}

# Runs a command as the `postgres` system user when we are root, otherwise as ourselves.
pg_as_owner() {
  if pg_is_root; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      local quoted
      printf -v quoted '%q ' "$@"
      su -s /bin/sh postgres -c "$quoted"
    fi
  else
    "$@"
  fi
}

# Prints "<version> <name> <status> <owner>" of the Debian cluster on DB_PORT, if any.
pg_debian_cluster_on_port() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  pg_lsclusters -h 2>/dev/null | awk -v port="$DB_PORT" '$3 == port { print $1, $2, $4, $5; found = 1; exit } END { exit !found }'
}

pg_debian_cluster_count() {
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters -h 2>/dev/null | awk 'NF { n++ } END { print n + 0 }'
  else
    echo 0
  fi
}

# Starts the Debian-managed cluster listening on DB_PORT. Returns 1 if there is none, fails (exit)
# if it exists but cannot be started.
pg_start_debian_cluster() {
  local line version name status owner
  line=$(pg_debian_cluster_on_port) || return 1
  read -r version name status owner <<<"$line"
  if [[ "$status" == online* ]]; then
    pg_say "cluster $version/$name (port $DB_PORT) is already online; waiting for it to accept connections"
    return 0
  fi
  if ! pg_is_root && [[ "$(id -un)" != "$owner" ]]; then
    pg_err "cluster $version/$name on port $DB_PORT is $status and starting it needs root. Run:"
    pg_err "  sudo pg_ctlcluster --skip-systemctl-redirect $version $name start"
    exit 1
  fi
  pg_say "starting cluster $version/$name on port $DB_PORT: pg_ctlcluster --skip-systemctl-redirect $version $name start"
  if ! pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start; then
    pg_err "pg_ctlcluster failed to start $version/$name; see /var/log/postgresql/postgresql-$version-$name.log"
    exit 1
  fi
}

# Directory with initdb/pg_ctl: the one matching an existing private data dir, else the newest.
pg_server_bindir() {
  local version bindir
  if [[ -f "$PG_PRIVATE_DATA/PG_VERSION" ]]; then
    version=$(<"$PG_PRIVATE_DATA/PG_VERSION")
    bindir="/usr/lib/postgresql/$version/bin"
    if [[ -x "$bindir/initdb" && -x "$bindir/pg_ctl" ]]; then
      echo "$bindir"
      return 0
    fi
    pg_err "$PG_PRIVATE_DATA was created by PostgreSQL $version, whose server binaries ($bindir) are missing"
    return 1
  fi
  bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  bindir=${bindir%/initdb}
  if [[ -x "$bindir/initdb" && -x "$bindir/pg_ctl" ]]; then
    echo "$bindir"
    return 0
  fi
  return 1
}

pg_have_server_binaries() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# Creates (first time) and starts a cluster whose data lives in .run/pgdata.
pg_start_private_cluster() {
  local bindir listen sockets
  bindir=$(pg_server_bindir) || exit 1

  mkdir -p "$PG_RUN_DIR" "$(dirname "$PG_PRIVATE_LOG")" "$PG_PRIVATE_SOCKETS"
  touch "$PG_PRIVATE_LOG"
  if pg_is_root; then
    if ! id postgres >/dev/null 2>&1; then
      pg_err "running as root, but there is no 'postgres' system user to own the private cluster"
      pg_err "(PostgreSQL refuses to run as root). Create one or run as a non-root user."
      exit 1
    fi
    mkdir -p "$PG_PRIVATE_DATA"
    chown postgres: "$PG_PRIVATE_DATA" "$PG_PRIVATE_SOCKETS" "$PG_PRIVATE_LOG"
    chmod 700 "$PG_PRIVATE_DATA"
    if ! pg_as_owner test -w "$PG_PRIVATE_DATA" 2>/dev/null; then
      pg_err "the 'postgres' user cannot reach $PG_PRIVATE_DATA (a parent directory of $ROOT is"
      pg_err "not searchable by other users). Make the parents searchable (chmod o+x), run as a"
      pg_err "non-root user, or point DB_HOST/DB_PORT at an existing server."
      exit 1
    fi
  fi

  if [[ ! -f "$PG_PRIVATE_DATA/PG_VERSION" ]]; then
    pg_say "creating private cluster in $PG_PRIVATE_DATA ($bindir/initdb)"
    if ! pg_as_owner "$bindir/initdb" -D "$PG_PRIVATE_DATA" --auth=trust -U postgres \
      --encoding=UTF8 --locale=C >>"$PG_PRIVATE_LOG" 2>&1; then
      pg_err "initdb failed; last lines of $PG_PRIVATE_LOG:"
      tail -n 20 "$PG_PRIVATE_LOG" >&2
      exit 1
    fi
  fi

  if pg_as_owner "$bindir/pg_ctl" -D "$PG_PRIVATE_DATA" status >/dev/null 2>&1; then
    local running_port
    running_port=$(sed -n 4p "$PG_PRIVATE_DATA/postmaster.pid" 2>/dev/null || true)
    pg_err "the private cluster in $PG_PRIVATE_DATA is already running, on port ${running_port:-?},"
    pg_err "not on DB_PORT=$DB_PORT. Use DB_PORT=${running_port:-<its port>} or stop it with bin/suite down."
    exit 1
  fi

  if [[ "$DB_HOST" == "localhost" ]]; then listen=localhost; else listen=127.0.0.1; fi
  sockets=$PG_PRIVATE_SOCKETS
  # Unix socket paths are limited to ~107 bytes; fall back to TCP only for deep checkouts.
  if ((${#sockets} + 20 > 107)); then
    pg_say "socket path $sockets is too long for a Unix socket; the private cluster listens on TCP only"
    sockets=""
  fi

  pg_say "starting private cluster on $listen:$DB_PORT (log: $PG_PRIVATE_LOG)"
  if ! pg_as_owner "$bindir/pg_ctl" -D "$PG_PRIVATE_DATA" -l "$PG_PRIVATE_LOG" -w -t "$PG_WAIT_SECONDS" \
    -o "-p $DB_PORT -c listen_addresses=$listen -c unix_socket_directories='$sockets'" start >/dev/null; then
    pg_err "pg_ctl could not start the private cluster; last lines of $PG_PRIVATE_LOG:"
    tail -n 20 "$PG_PRIVATE_LOG" >&2
    exit 1
  fi
  {
    echo "# written by bin/lib/postgres.sh; 'bin/suite down' stops this cluster"
    echo "PG_BINDIR=$bindir"
    echo "PG_DATA=$PG_PRIVATE_DATA"
    echo "PG_PORT=$DB_PORT"
  } >"$PG_PRIVATE_MARKER"
}

pg_install_debian_package() {
  pg_say "no PostgreSQL server found; installing the Debian package 'postgresql' (apt-get)"
  if ! DEBIAN_FRONTEND=noninteractive apt-get update -q \
    || ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql; then
    pg_err "apt-get install postgresql failed"
    exit 1
  fi
}

# Makes sure PostgreSQL answers at DB_HOST:DB_PORT. Order of attempts (local DB_HOST only):
#   1. already answering -> use it
#   2. a Debian cluster (pg_lsclusters) on DB_PORT -> pg_ctlcluster start
#   3. server binaries in /usr/lib/postgresql/*/bin -> private cluster in .run/pgdata
#   4. root + apt-get -> install 'postgresql', then retry 2 and 3
ensure_postgres() {
  local installed=0
  pg_export_password
  if pg_answers; then
    pg_say "PostgreSQL answers at $DB_HOST:$DB_PORT"
    return 0
  fi
  if ! pg_host_is_local; then
    pg_err "no PostgreSQL answers at DB_HOST=$DB_HOST DB_PORT=$DB_PORT, and that host is not local,"
    pg_err "so nothing can be started here. Start that server or change DB_HOST/DB_PORT."
    exit 1
  fi
  pg_say "nothing answers at $DB_HOST:$DB_PORT; trying to start a local server"

  while true; do
    if pg_start_debian_cluster; then
      break
    fi
    if (($(pg_debian_cluster_count) > 0)); then
      pg_say "pg_lsclusters lists no cluster on port $DB_PORT"
    fi
    if pg_have_server_binaries; then
      pg_start_private_cluster
      break
    fi
    if ((installed == 0)) && pg_is_root && command -v apt-get >/dev/null 2>&1; then
      pg_install_debian_package
      installed=1
      # The package creates and usually starts cluster <version>/main; check again.
      if pg_answers; then
        break
      fi
      continue
    fi
    pg_err "no PostgreSQL answers at DB_HOST=$DB_HOST DB_PORT=$DB_PORT and none could be started:"
    pg_err "no cluster in pg_lsclusters, no server binaries in /usr/lib/postgresql/*/bin,"
    if ((installed)); then
      pg_err "even after installing the 'postgresql' package. Check 'pg_lsclusters' and the apt output."
    elif pg_is_root; then
      pg_err "and apt-get is not available. Install PostgreSQL or set DB_HOST/DB_PORT."
    else
      pg_err "and installing needs root. Run: sudo apt-get install -y postgresql"
    fi
    exit 1
  done

  if ! pg_wait; then
    pg_err "PostgreSQL at $DB_HOST:$DB_PORT did not accept connections within ${PG_WAIT_SECONDS}s"
    exit 1
  fi
  pg_say "PostgreSQL answers at $DB_HOST:$DB_PORT"
}

# ------------------------------------------------------------------------------ accounts

pg_need_psql() {
  command -v psql >/dev/null 2>&1 && return 0
  pg_err "psql not found; install the PostgreSQL client (apt-get install -y postgresql-client)"
  exit 1
}

# psql as the administrator chosen by pg_choose_admin.
pg_admin_psql() {
  if [[ "${PG_ADMIN_MODE:-tcp}" == socket ]]; then
    (cd / && pg_as_owner psql -X -q -w ${PG_SOCKET_DIR:+-h "$PG_SOCKET_DIR"} -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 "$@")
  else
    PGPASSWORD=$DB_PASSWORD psql -X -q -w -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 "$@"
  fi
}

pg_choose_admin() {
  pg_need_psql
  [[ -n "${PG_ADMIN_MODE:-}" ]] && return 0
  PG_ADMIN_MODE=tcp
  if ((PG_ADMIN_GIVEN)); then
    pg_admin_psql -d postgres -tAc 'select 1' >/dev/null && return 0
    pg_err "cannot log in as DB_USER=$DB_USER at $DB_HOST:$DB_PORT (check DB_USER/DB_PASSWORD)"
    exit 1
  fi
  if pg_admin_psql -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    return 0
  fi
  if pg_host_is_local && { pg_is_root || [[ "$(id -un)" == postgres ]]; }; then
    PG_ADMIN_MODE=socket
    PG_SOCKET_DIR=
    if pg_private_marked; then PG_SOCKET_DIR=$PG_PRIVATE_SOCKETS; fi
    if pg_admin_psql -d postgres -tAc 'select 1' >/dev/null 2>&1; then
      pg_say "administering PostgreSQL on port $DB_PORT as the postgres system user over the local socket"
      return 0
    fi
  fi
  pg_err "no administrator login to PostgreSQL at $DB_HOST:$DB_PORT: postgres needs a password over TCP"
  pg_err "and the local socket is not reachable as the postgres system user. Set DB_USER/DB_PASSWORD to an"
  pg_err "account that may create roles and databases."
  exit 1
}

PG_CREDENTIALS_FILE() { echo "$PG_RUN_DIR/db-credentials-$DB_PORT.env"; }

# Prints the password of a role the scripts manage, generating and keeping it the first time.
pg_secret() {
  local role=$1 file value
  file=$(PG_CREDENTIALS_FILE)
  mkdir -p "$PG_RUN_DIR"
  if [[ -f "$file" ]]; then
    value=$(sed -n "s/^$role=//p" "$file" | tail -n 1)
  fi
  if [[ -z "${value:-}" ]]; then
    value=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
    (umask 077 && echo "$role=$value" >>"$file")
  fi
  chmod 600 "$file"
  echo "$value"
}

# Creates a login role, or sets its password when it exists.
pg_ensure_role() {
  local role=$1 password=$2 attributes=${3:-}
  if [[ "$(pg_admin_psql -d postgres -tA -v r="$role" <<<"select 1 from pg_roles where rolname = :'r';")" == 1 ]]; then
    pg_admin_psql -d postgres -v r="$role" -v p="$password" <<<"alter role :\"r\" with login $attributes password :'p';" >/dev/null
  else
    pg_admin_psql -d postgres -v r="$role" -v p="$password" <<<"create role :\"r\" with login $attributes password :'p';" >/dev/null
  fi
}

# Per service database: <db>_owner (migrations; owns the database and its tables), <db>_app (the
# service at run time) and <db>_sequencer (the audit sequencer), each with a password; what each
# may do on the tables, the migrations grant (common's V0_12).
ensure_service_databases() {
  local db owner exists
  pg_choose_admin
  for db in "$@"; do
    owner=${db}_owner
    pg_ensure_role "$owner" "$(pg_secret "$owner")"
    pg_ensure_role "${db}_app" "$(pg_secret "${db}_app")"
    pg_ensure_role "${db}_sequencer" "$(pg_secret "${db}_sequencer")"
    exists=$(pg_admin_psql -d postgres -tA -v db="$db" <<<"select pg_get_userbyid(datdba) from pg_database where datname = :'db';")
    if [[ -z "$exists" ]]; then
      pg_admin_psql -d postgres -v db="$db" -v o="$owner" <<<'create database :"db" owner :"o";' >/dev/null
      pg_say "created database $db owned by $owner"
    elif [[ "$exists" != "$owner" ]]; then
      # a database made before these roles existed: hand it and what is in it to the owner role
      pg_admin_psql -d postgres -v db="$db" -v o="$owner" <<<'alter database :"db" owner to :"o";' >/dev/null
      pg_admin_psql -d "$db" -v o="$owner" >/dev/null <<'SQL'
select format('alter table public.%I owner to %I', tablename, :'o') from pg_tables
 where schemaname = 'public' and tableowner <> :'o' \gexec
select format('alter function %s owner to %I', p.oid::regprocedure, :'o') from pg_proc p
  join pg_namespace n on n.oid = p.pronamespace
 where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> :'o'
   and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e') \gexec
SQL
      pg_say "database $db now owned by $owner (was $exists)"
    else
      pg_say "database $db exists, owned by $owner"
    fi
    pg_admin_psql -d postgres -v db="$db" -v a="${db}_app" -v s="${db}_sequencer" \
      <<<'grant connect on database :"db" to :"a", :"s";' >/dev/null
  done
}

# The environment a service of database DB runs with (one assignment a line).
service_db_env() {
  local db=$1
  printf '%s\n' "DB_USER=${db}_app" "DB_PASSWORD=$(pg_secret "${db}_app")" \
    "DB_OWNER_USER=${db}_owner" "DB_OWNER_PASSWORD=$(pg_secret "${db}_owner")" \
    "AUDIT_SEQUENCER_USER=${db}_sequencer" "AUDIT_SEQUENCER_PASSWORD=$(pg_secret "${db}_sequencer")"
}

# The tests log in over TCP as an administrator (they make their own databases and roles, and play
# a DBA tampering with the audit log). Given one (DB_USER/DB_PASSWORD) or trusted as postgres, that
# is it; otherwise the scripts make mekong_admin, a superuser with a password, and export it.
ensure_admin_login() {
  pg_choose_admin
  [[ "$PG_ADMIN_MODE" == tcp ]] && return 0
  pg_ensure_role mekong_admin "$(pg_secret mekong_admin)" superuser
  DB_USER=mekong_admin
  DB_PASSWORD=$(pg_secret mekong_admin)
  PG_ADMIN_MODE=tcp
  export DB_USER DB_PASSWORD
  pg_say "the tests log in as mekong_admin (password in $(PG_CREDENTIALS_FILE))"
}

# True when ensure_postgres started a private cluster that has not been stopped since.
pg_private_marked() { [[ -f "$PG_PRIVATE_MARKER" ]]; }

stop_private_postgres() {
  local bindir data
  pg_private_marked || return 0
  bindir=$(sed -n 's/^PG_BINDIR=//p' "$PG_PRIVATE_MARKER")
  data=$(sed -n 's/^PG_DATA=//p' "$PG_PRIVATE_MARKER")
  if [[ -z "$bindir" || -z "$data" ]]; then
    pg_err "$PG_PRIVATE_MARKER is malformed; removing it"
    rm -f "$PG_PRIVATE_MARKER"
    return 0
  fi
  if pg_as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    pg_say "stopping private cluster in $data"
    if ! pg_as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null; then
      pg_err "pg_ctl stop failed for $data"
      return 1
    fi
  else
    pg_say "private cluster in $data is not running"
  fi
  rm -f "$PG_PRIVATE_MARKER"
}
