# shellcheck shell=bash
# Throwaway PostgreSQL and Redis for tests. Source it (don't execute it):
#
#   source .ci/services.sh          # installs if missing, starts both, exports the URLs
#   pnpm exec vitest run server/src/storage
#   accord_services_stop            # stops both and removes their temp dirs
#
# Exports ACCORD_TEST_DATABASE_URL (postgres://postgres@127.0.0.1:<port>/postgres) and
# ACCORD_TEST_REDIS_URL (redis://127.0.0.1:<port>). Ports start at 54329 / 63799 (override with
# ACCORD_PG_PORT / ACCORD_REDIS_PORT) and move up to the next free one if taken.
# Safe under the caller's `set -euo pipefail`: nothing here fails unless starting a service does,
# and then it returns non-zero with the log tail on stderr.

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  echo "services.sh must be sourced: source ${0}" >&2
  exit 2
fi

_accord_log() { echo "[services] $*" >&2; }

# Runs a command as the postgres OS user when we are root (initdb and postgres refuse to run as
# root); as ourselves otherwise. From / so the postgres user never needs access to our cwd.
_accord_as_pg() {
  if [[ "$(id -u)" == 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && "$@")
  fi
}

_accord_pg_bin() {
  local bin
  for bin in /usr/lib/postgresql/*/bin; do
    [[ -x "$bin/initdb" ]] && echo "$bin"
  done | sort -V | tail -n 1
}

_accord_port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

_accord_free_port() {
  local port=$1 limit=$(($1 + 50))
  while ((port < limit)); do
    if ! _accord_port_busy "$port"; then
      echo "$port"
      return 0
    fi
    port=$((port + 1))
  done
  _accord_log "no free port in $1..$limit"
  return 1
}

_accord_install_missing() {
  if [[ -n "$(_accord_pg_bin)" ]] && command -v redis-server >/dev/null && command -v redis-cli >/dev/null; then
    return 0
  fi
  local sudo=()
  [[ "$(id -u)" == 0 ]] || sudo=(sudo)
  _accord_log "installing postgresql and redis-server"
  # Only refresh the package lists when the install fails: usually they are current enough.
  if ! DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y postgresql redis-server >&2; then
    _accord_log "install failed; running apt-get update and retrying"
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get update >&2 &&
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y postgresql redis-server >&2 ||
      return 1
  fi
  [[ -n "$(_accord_pg_bin)" ]]
}

_accord_start_postgres() {
  local bin dir port i
  bin="$(_accord_pg_bin)"
  port="$(_accord_free_port "${ACCORD_PG_PORT:-54329}")" || return 1
  dir="$(mktemp -d "${TMPDIR:-/tmp}/accord-pg.XXXXXX")" || return 1
  [[ "$(id -u)" == 0 ]] && chown postgres: "$dir"
  ACCORD_SERVICES_PG_DIR="$dir"
  ACCORD_SERVICES_PG_BIN="$bin"

  if ! _accord_as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
    _accord_log "initdb failed:"
    tail -n 20 "$dir/initdb.log" >&2
    return 1
  fi
  # Sockets in our own dir: the packaged default (/var/run/postgresql) may be missing or foreign.
  # fsync off: the cluster is thrown away after the run, so crash durability buys nothing here.
  if ! _accord_as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=200" start >/dev/null; then
    _accord_log "postgres failed to start:"
    tail -n 20 "$dir/postgres.log" >&2
    return 1
  fi
  for ((i = 0; i < 60; i++)); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
      ACCORD_SERVICES_PG_PORT="$port"
      export ACCORD_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
      _accord_log "postgres ready on 127.0.0.1:$port ($dir)"
      return 0
    fi
    sleep 0.5
  done
  _accord_log "postgres did not answer pg_isready on port $port"
  return 1
}

_accord_start_redis() {
  local dir port i
  port="$(_accord_free_port "${ACCORD_REDIS_PORT:-63799}")" || return 1
  dir="$(mktemp -d "${TMPDIR:-/tmp}/accord-redis.XXXXXX")" || return 1
  ACCORD_SERVICES_REDIS_DIR="$dir"
  if ! redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
    --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null; then
    _accord_log "redis-server failed to start"
    return 1
  fi
  for ((i = 0; i < 60; i++)); do
    if [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == PONG ]]; then
      ACCORD_SERVICES_REDIS_PORT="$port"
      export ACCORD_TEST_REDIS_URL="redis://127.0.0.1:$port"
      _accord_log "redis ready on 127.0.0.1:$port"
      return 0
    fi
    sleep 0.5
  done
  _accord_log "redis did not answer ping on port $port:"
  tail -n 20 "$dir/redis.log" >&2
  return 1
}

# Stops both services (whatever was started) and removes their temp dirs. Safe to call twice.
accord_services_stop() {
  if [[ -n "${ACCORD_SERVICES_PG_DIR:-}" ]]; then
    if [[ -f "$ACCORD_SERVICES_PG_DIR/data/postmaster.pid" ]]; then
      _accord_as_pg "$ACCORD_SERVICES_PG_BIN/pg_ctl" -D "$ACCORD_SERVICES_PG_DIR/data" -m fast -w stop >/dev/null ||
        _accord_log "pg_ctl stop failed"
    fi
    rm -rf "$ACCORD_SERVICES_PG_DIR"
  fi
  if [[ -n "${ACCORD_SERVICES_REDIS_PORT:-}" ]]; then
    redis-cli -h 127.0.0.1 -p "$ACCORD_SERVICES_REDIS_PORT" shutdown nosave >/dev/null 2>&1 ||
      _accord_log "redis shutdown failed"
  elif [[ -f "${ACCORD_SERVICES_REDIS_DIR:-}/redis.pid" ]]; then
    kill "$(cat "$ACCORD_SERVICES_REDIS_DIR/redis.pid")" 2>/dev/null || true
  fi
  [[ -n "${ACCORD_SERVICES_REDIS_DIR:-}" ]] && rm -rf "$ACCORD_SERVICES_REDIS_DIR"
  unset ACCORD_SERVICES_PG_DIR ACCORD_SERVICES_PG_BIN ACCORD_SERVICES_PG_PORT
  unset ACCORD_SERVICES_REDIS_DIR ACCORD_SERVICES_REDIS_PORT
  unset ACCORD_TEST_DATABASE_URL ACCORD_TEST_REDIS_URL
  return 0
}

_accord_services_start() {
  # Sourced twice in one shell: keep services that still answer instead of starting a second pair.
  if [[ -n "${ACCORD_SERVICES_PG_PORT:-}" && -n "${ACCORD_SERVICES_REDIS_PORT:-}" ]] &&
    "$ACCORD_SERVICES_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$ACCORD_SERVICES_PG_PORT" &&
    [[ "$(redis-cli -h 127.0.0.1 -p "$ACCORD_SERVICES_REDIS_PORT" ping 2>/dev/null)" == PONG ]]; then
    _accord_log "already running"
    return 0
  fi
  accord_services_stop
  _accord_install_missing || {
    _accord_log "postgresql / redis-server are not installed and could not be installed"
    return 1
  }
  _accord_start_postgres && _accord_start_redis || {
    accord_services_stop
    return 1
  }
}

_accord_services_start
