#!/usr/bin/env bash
# Makes sure a local PostgreSQL server (15 or newer) runs on 127.0.0.1 with the Rocb
# role and database, then prints ONE line on stdout: the Npgsql connection string.
# Everything else (logs, apt and pg_* output) goes to stderr.
#
#   ROCB_DB            a connection string: printed unchanged, nothing else is done
#   ROCB_DB_NAME       database name (default rocb)
#   ROCB_DB_USER       role name (default rocb)
#   ROCB_DB_PASSWORD   role password (default rocb). This is a development role reachable
#                      on the loopback address only; never reuse this default elsewhere.
#   ROCB_PG_PORT       TCP port on 127.0.0.1 (default 5432)
#
# As root (a fresh Debian/Ubuntu machine or container): installs Debian's `postgresql`
# package if no server binaries exist, then creates/starts a cluster on the port with
# pg_createcluster/pg_ctlcluster.
# As another user: uses a server that already answers on the port (creating the role
# needs superuser access to it), or else initdb's a private cluster under
# ${XDG_DATA_HOME:-$HOME/.local/share}/rocb/pgdata and starts it with pg_ctl.
#
# Idempotent; a second run against a ready server takes one pg_isready and one psql call.
set -euo pipefail

if [[ -n "${ROCB_DB:-}" ]]; then
  printf '%s\n' "$ROCB_DB"
  exit 0
fi

# Keep fd 3 for the one line of output; everything else goes to stderr.
exec 3>&1 1>&2

DB_NAME="${ROCB_DB_NAME:-rocb}"
DB_USER="${ROCB_DB_USER:-rocb}"
DB_PASSWORD="${ROCB_DB_PASSWORD:-rocb}"
PORT="${ROCB_PG_PORT:-5432}"
MIN_VERSION=15
READY_TIMEOUT=60

log() { printf 'ensure-postgres: %s\n' "$*" >&2; }
die() {
  printf 'ensure-postgres: ERROR: %s\n' "$*" >&2
  printf 'ensure-postgres: (to use another server, set ROCB_DB to an Npgsql connection string)\n' >&2
  exit 1
}

[[ "$DB_NAME" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "ROCB_DB_NAME must be a plain identifier, got '$DB_NAME'"
[[ "$DB_USER" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "ROCB_DB_USER must be a plain identifier, got '$DB_USER'"
[[ "$DB_PASSWORD" != *[\;\'\"]* && -n "$DB_PASSWORD" ]] \
  || die "ROCB_DB_PASSWORD must be non-empty and contain no ; ' or \" (it goes into a connection string)"
[[ "$PORT" =~ ^[0-9]+$ ]] || die "ROCB_PG_PORT must be a number, got '$PORT'"

CONNECTION_STRING="Host=127.0.0.1;Port=$PORT;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASSWORD"

# Connection settings from the caller's environment would redirect our psql calls.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGTARGETSESSIONATTRS
# postgres cannot read /root; psql/pg_ctl complain when the working directory is unreadable.
cd /

# One run at a time per user (a lock file owned by another user could not be opened).
LOCK_FILE="/tmp/rocb-ensure-postgres.$(id -u).lock"
exec 9>"$LOCK_FILE"
if ! flock -n 9; then
  log "another ensure-postgres run holds $LOCK_FILE; waiting for it"
  flock 9
fi

# Commands that may leave a server running must not inherit the lock (fd 9) or our
# stdout (fd 3): the server would hold the lock forever and keep a caller's $(...) open.
detached() { "$@" 3>&- 9>&-; }

IS_ROOT=false
[[ "$(id -u)" == 0 ]] && IS_ROOT=true

# ---------------------------------------------------------------- PostgreSQL binaries

# Newest server bin dir: Debian/Ubuntu layout, PGDG RPM layout, then PATH.
find_bin_dir() {
  local dir best="" best_major=0 major
  for dir in /usr/lib/postgresql/*/bin /usr/pgsql-*/bin; do
    [[ -x "$dir/postgres" ]] || continue
    major="$("$dir/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
    if [[ "$major" =~ ^[0-9]+$ ]] && (( major > best_major )); then
      best="$dir" best_major="$major"
    fi
  done
  if [[ -z "$best" ]] && command -v postgres >/dev/null 2>&1; then
    best="$(dirname "$(command -v postgres)")"
  fi
  printf '%s' "$best"
}

BIN_DIR="$(find_bin_dir)"

# Client tools: prefer the server's own bin dir, fall back to PATH (Debian's wrappers).
tool() {
  if [[ -n "$BIN_DIR" && -x "$BIN_DIR/$1" ]]; then
    printf '%s' "$BIN_DIR/$1"
  elif command -v "$1" >/dev/null 2>&1; then
    command -v "$1"
  else
    return 1
  fi
}

is_ready() {
  local pg_isready
  pg_isready="$(tool pg_isready)" || return 1
  "$pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 3
}

wait_ready() {
  local waited=0
  until is_ready; do
    if (( waited >= READY_TIMEOUT )); then
      die "PostgreSQL does not accept connections on 127.0.0.1:$PORT after ${READY_TIMEOUT}s${1:+ (see $1)}"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# Connects as the application role over TCP with its password. Succeeds only if the
# server is new enough, the role can create databases and owns the database.
app_role_ok() {
  local psql out
  psql="$(tool psql)" || return 1
  out="$(PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 "$psql" -X -w -At \
    -h 127.0.0.1 -p "$PORT" -U "$DB_USER" -d "$DB_NAME" -c "
      select current_setting('server_version_num')::int >= ${MIN_VERSION}0000
         and r.rolcreatedb
         and d.datdba = r.oid
      from pg_roles r, pg_database d
      where r.rolname = current_user and d.datname = current_database()" 2>"${1:-/dev/null}")" \
    || return 1
  [[ "$out" == "t" ]]
}

# Fast path: the server is up and everything is already in place.
if is_ready && app_role_ok; then
  printf '%s\n' "$CONNECTION_STRING" >&3
  exit 0
fi

# ---------------------------------------------------------------- server: root

APT_UPDATED=false
apt_install() {
  command -v apt-get >/dev/null 2>&1 \
    || die "no PostgreSQL server binaries and no apt-get: install PostgreSQL ${MIN_VERSION}+ yourself"
  if ! $APT_UPDATED; then
    log "apt-get update"
    apt-get update -q
    APT_UPDATED=true
  fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive detached apt-get install -y -q "$@"
}

# Appends 127.0.0.1 to a Debian cluster's listen_addresses unless it already covers it.
# Returns 0 if the setting was changed (the cluster then needs a restart).
fix_cluster_listen() {
  local version="$1" name="$2" value
  value="$(pg_conftool -s "$version" "$name" show listen_addresses 2>/dev/null || printf 'localhost')"
  value="${value//\'/}"
  case ",${value// /}," in
    *,\*,* | *,localhost,* | *,127.0.0.1,* | *,0.0.0.0,*) return 1 ;;
  esac
  value="${value:+$value,}127.0.0.1"
  log "setting listen_addresses = '$value' for cluster $version/$name"
  pg_conftool "$version" "$name" set listen_addresses "$value"
  return 0
}

ensure_server_root() {
  if [[ -z "$BIN_DIR" ]]; then
    log "no PostgreSQL server binaries found; installing Debian's postgresql package"
    apt_install postgresql
    BIN_DIR="$(find_bin_dir)"
    [[ -n "$BIN_DIR" ]] || die "apt-get install postgresql did not provide /usr/lib/postgresql/*/bin/postgres"
  fi
  is_ready && return 0

  command -v pg_lsclusters >/dev/null 2>&1 \
    || die "pg_lsclusters not found (postgresql-common); as root this script manages Debian clusters only"

  local version="" name="" status="" rest="" log_file
  read -r version name _ status rest < <(pg_lsclusters -h | awk -v p="$PORT" '$3 == p' | head -n 1) || true

  if [[ -z "${version:-}" ]]; then
    version="$(basename "$(dirname "$BIN_DIR")")"
    [[ "$version" =~ ^[0-9]+$ ]] || die "cannot tell the PostgreSQL version of $BIN_DIR"
    name=main
    if pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
      name="rocb$PORT"
    fi
    log "creating cluster $version/$name on port $PORT"
    detached pg_createcluster --locale C.UTF-8 --encoding UTF8 -p "$PORT" "$version" "$name" -- --auth-local=peer --auth-host=scram-sha-256
    status=down
  fi
  (( version >= MIN_VERSION )) || die "cluster $version/$name on port $PORT is PostgreSQL $version; ${MIN_VERSION}+ is needed"

  if fix_cluster_listen "$version" "$name" && [[ "$status" == online* ]]; then
    log "restarting cluster $version/$name"
    detached pg_ctlcluster "$version" "$name" restart
  elif [[ "$status" != online* ]]; then
    log "starting cluster $version/$name"
    detached pg_ctlcluster "$version" "$name" start
  fi
  log_file="$(pg_lsclusters -h "$version" "$name" | awk '{ print $7 }')"
  wait_ready "$log_file"
}

# ---------------------------------------------------------------- server: other users

PRIVATE_HOME="${XDG_DATA_HOME:-$HOME/.local/share}/rocb"
PRIVATE_DATA="$PRIVATE_HOME/pgdata"
PRIVATE_SOCKETS="$PRIVATE_HOME/run"
PRIVATE_LOG="$PRIVATE_HOME/postgresql.log"

ensure_server_user() {
  [[ -n "$BIN_DIR" ]] || die "no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin, /usr/pgsql-*/bin and PATH).
  Install them as root (Debian/Ubuntu: apt-get install postgresql), or run this script as root."
  if is_ready; then
    log "a server already answers on 127.0.0.1:$PORT; using it"
    return 0
  fi

  local major
  major="$("$BIN_DIR/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
  (( major >= MIN_VERSION )) || die "$BIN_DIR/postgres is PostgreSQL $major; ${MIN_VERSION}+ is needed"

  # A Unix socket path may not exceed 107 bytes.
  (( ${#PRIVATE_SOCKETS} + 15 <= 107 )) || die "socket directory path too long: $PRIVATE_SOCKETS (set XDG_DATA_HOME to a shorter path)"
  mkdir -p "$PRIVATE_HOME" "$PRIVATE_SOCKETS"
  chmod 700 "$PRIVATE_HOME" "$PRIVATE_SOCKETS"

  if [[ ! -s "$PRIVATE_DATA/PG_VERSION" ]]; then
    local locale_args=(--no-locale)
    locale -a 2>/dev/null | grep -qix 'c.utf-\?8' && locale_args=(--locale=C.UTF-8)
    log "initdb a private cluster in $PRIVATE_DATA (superuser: $(id -un))"
    rm -rf "$PRIVATE_DATA"
    "$BIN_DIR/initdb" -D "$PRIVATE_DATA" -U "$(id -un)" -E UTF8 "${locale_args[@]}" \
      --auth-local=trust --auth-host=scram-sha-256
    printf "\n# Rocb: connection settings, rewritten by deploy/ensure-postgres.sh\ninclude_if_exists = 'rocb.conf'\n" \
      >>"$PRIVATE_DATA/postgresql.conf"
  else
    local data_major
    data_major="$(cat "$PRIVATE_DATA/PG_VERSION")"
    [[ "$data_major" == "$major" ]] || die "$PRIVATE_DATA was created by PostgreSQL $data_major but the newest server here is $major.
  Remove that directory (its data is lost) or point ROCB_DB at a server."
  fi
  # Unix sockets stay private (the folder is mode 700); TCP only on the loopback address.
  cat >"$PRIVATE_DATA/rocb.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$PRIVATE_SOCKETS'
EOF

  if "$BIN_DIR/pg_ctl" -D "$PRIVATE_DATA" status >/dev/null 2>&1; then
    die "the private cluster in $PRIVATE_DATA runs but not on 127.0.0.1:$PORT.
  Stop it ($BIN_DIR/pg_ctl -D $PRIVATE_DATA stop) or set ROCB_PG_PORT to its port."
  fi
  log "starting the private cluster on 127.0.0.1:$PORT (log: $PRIVATE_LOG)"
  detached "$BIN_DIR/pg_ctl" -D "$PRIVATE_DATA" -l "$PRIVATE_LOG" -w -t "$READY_TIMEOUT" start \
    || die "pg_ctl could not start the private cluster; see $PRIVATE_LOG"
  wait_ready "$PRIVATE_LOG"
}

if $IS_ROOT; then
  ensure_server_root
else
  ensure_server_user
fi

# ---------------------------------------------------------------- superuser access

PSQL="$(tool psql)" || die "psql not found"
SUPERUSER_CMD=()

# Tries a command prefix that runs psql as some user; keeps it if that user is a superuser.
try_superuser() {
  [[ ${#SUPERUSER_CMD[@]} -eq 0 ]] || return 0
  if [[ "$("$@" -X -w -At -c 'select rolsuper from pg_roles where rolname = current_user' 2>/dev/null)" == t ]]; then
    SUPERUSER_CMD=("$@")
  fi
}

find_superuser() {
  if $IS_ROOT; then
    command -v runuser >/dev/null 2>&1 && try_superuser runuser -u postgres -- "$PSQL" -p "$PORT" -d postgres
    try_superuser "$PSQL" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres
  else
    [[ -S "$PRIVATE_SOCKETS/.s.PGSQL.$PORT" ]] && try_superuser "$PSQL" -h "$PRIVATE_SOCKETS" -p "$PORT" -d postgres
    try_superuser "$PSQL" -p "$PORT" -U postgres -d postgres
    try_superuser "$PSQL" -p "$PORT" -d postgres
    try_superuser "$PSQL" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres
  fi
  [[ ${#SUPERUSER_CMD[@]} -gt 0 ]]
}

find_superuser || die "cannot act as a PostgreSQL superuser on 127.0.0.1:$PORT to create role '$DB_USER' and database '$DB_NAME'.
  Tried: peer/trust over the Unix socket and 'psql -h 127.0.0.1 -U postgres' (PGPASSWORD or ~/.pgpass).
  Either create them yourself:
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '...'; CREATE DATABASE $DB_NAME OWNER $DB_USER;
  and set ROCB_DB_PASSWORD, or run this script as root, or set ROCB_DB."

su_psql() { "${SUPERUSER_CMD[@]}" -X -w -q -v ON_ERROR_STOP=1 "$@"; }

version_num="$(su_psql -At -c 'show server_version_num')"
(( version_num >= MIN_VERSION * 10000 )) \
  || die "the server on 127.0.0.1:$PORT is PostgreSQL $version_num; ${MIN_VERSION}+ is needed"

# ---------------------------------------------------------------- role and database

log "ensuring role '$DB_USER' and database '$DB_NAME'"
su_psql -v user="$DB_USER" -v password="$DB_PASSWORD" -v db="$DB_NAME" <<'SQL'
select format('create role %I login createdb', :'user')
where not exists (select 1 from pg_roles where rolname = :'user') \gexec
set password_encryption = 'scram-sha-256';
alter role :"user" with login createdb password :'password';
select format('create database %I owner %I', :'db', :'user')
where not exists (select 1 from pg_database where datname = :'db') \gexec
select format('alter database %I owner to %I', :'db', :'user')
from pg_database d join pg_roles r on r.oid = d.datdba
where d.datname = :'db' and r.rolname <> :'user' \gexec
SQL

# ---------------------------------------------------------------- password login over TCP

login_error="$(mktemp)"
trap 'rm -f "$login_error"' EXIT
if ! app_role_ok "$login_error"; then
  hba_file="$(su_psql -At -c 'show hba_file')"
  hba_line="host all $DB_USER 127.0.0.1/32 scram-sha-256"
  if [[ -w "$hba_file" ]] && ! grep -qxF "$hba_line" "$hba_file"; then
    log "password login failed ($(head -n 1 "$login_error")); adding '$hba_line' at the top of $hba_file"
    # Rewrite in place to keep the file's owner and mode.
    hba_new="$(printf '# Rocb: password login for the development role (deploy/ensure-postgres.sh)\n%s\n'  "$hba_line"; cat "$hba_file")"
    printf '%s\n' "$hba_new" >"$hba_file"
    su_psql -At -c 'select pg_reload_conf()' >/dev/null
    sleep 1
  fi
  app_role_ok "$login_error" || die "role '$DB_USER' cannot log in to '$DB_NAME' with its password over TCP on 127.0.0.1:$PORT:
  $(cat "$login_error")
  Check pg_hba.conf ($hba_file) allows: $hba_line"
fi

printf '%s\n' "$CONNECTION_STRING" >&3
