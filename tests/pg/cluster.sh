#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests that talk to a real server (CTest label
# "postgres"). CTest runs "start" as a FIXTURES_SETUP test and "stop" as FIXTURES_CLEANUP, which
# runs even when a test fails.
#
#   cluster.sh start STATE_DIR   initdb in a temporary folder, start on a Unix socket (in that
#                                folder) and a free TCP port on 127.0.0.1, write STATE_DIR/env
#   cluster.sh stop STATE_DIR    stop the server and remove the folder
#
# PostgreSQL refuses to run as root; under root (CI) the cluster belongs to a dedicated system
# user, statecraft_pg, created here when missing. Tests source STATE_DIR/env, which sets PGHOST
# (the socket folder), PGPORT, PGUSER (the superuser "postgres") and PGDATABASE.
set -euo pipefail

action=${1:?usage: cluster.sh start|stop STATE_DIR}
state=${2:?usage: cluster.sh start|stop STATE_DIR}
bindir=${PG_BINDIR:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u statecraft_pg -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  [ -x "$bindir/initdb" ] || { echo "cluster.sh: no PostgreSQL 15 at $bindir (apt install postgresql)" >&2; exit 1; }
  if [ -f "$state/env" ]; then stop; fi
  mkdir -p "$state"
  if [ "$(id -u)" = 0 ] && ! id statecraft_pg >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin statecraft_pg
  fi
  local dir
  dir=$(mktemp -d /tmp/statecraft-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown statecraft_pg "$dir"
  echo "$dir" >"$state/dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; exit 1; }
  local port tries=0
  while :; do
    port=$(free_port)
    if as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40 -c shared_buffers=64MB" \
      >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    [ $tries -lt 3 ] || { cat "$dir/server.log" >&2; exit 1; }
  done
  cat >"$state/env" <<ENV
export PGHOST=$dir
export PGPORT=$port
export PGUSER=postgres
export PGDATABASE=postgres
export STATECRAFT_PG_DIR=$dir
ENV
  echo "PostgreSQL 15 test cluster in $dir, port $port"
}

stop() {
  [ -f "$state/dir" ] || return 0
  local dir
  dir=$(cat "$state/dir")
  if [ -d "$dir/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  rm -f "$state/dir" "$state/env"
  echo "PostgreSQL test cluster stopped and removed"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: cluster.sh start|stop STATE_DIR" >&2; exit 2 ;;
esac
