#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print its URL.
#
# Why a script of its own: scripts/test.sh must prove the PostgreSQL code path
# on a bare CI machine, where no server is configured.  This installs the
# Debian package when initdb/pg_ctl are missing, creates a cluster in a temp
# dir owned by a non-root user (PostgreSQL refuses to run as root), starts it
# on a free 127.0.0.1 port and creates a database.
#   usage: eval "$(bash scripts/pg_throwaway.sh start)"   -> exports CITYAID_TEST_PG_URL, CITYAID_PG_DIR
#          bash scripts/pg_throwaway.sh stop "$CITYAID_PG_DIR"
set -euo pipefail

find_bin() {
  local name="$1" p
  if p="$(command -v "$name" 2>/dev/null)"; then echo "$p"; return 0; fi
  for p in /usr/lib/postgresql/*/bin/"$name"; do [ -x "$p" ] && { echo "$p"; return 0; }; done
  return 1
}

as_owner() {  # run a command as the cluster's owner (root cannot run PostgreSQL)
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_OWNER" -- "$@"; else "$@"; fi
}

start() {
  if ! find_bin initdb >/dev/null || ! find_bin pg_ctl >/dev/null; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "installing postgresql with apt-get" >&2
    $SUDO apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >&2
  fi
  INITDB="$(readlink -f "$(find_bin initdb)")"; PG_CTL="$(readlink -f "$(find_bin pg_ctl)")"
  PG_OWNER="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    PG_OWNER=postgres
  fi
  dir="$(mktemp -d /tmp/cityaid-pg.XXXXXX)"
  chmod 755 "$dir"; [ "$(id -u)" -eq 0 ] && chown "$PG_OWNER" "$dir"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as_owner "$INITDB" -D "$dir/data" -U cityaid --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null 2>&1 \
    || as_owner "$INITDB" -D "$dir/data" -U cityaid --auth=trust -E UTF8 >/dev/null
  as_owner "$PG_CTL" -D "$dir/data" -l "$dir/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off" start >/dev/null
  "$(dirname "$PG_CTL")/createdb" -h 127.0.0.1 -p "$port" -U cityaid cityaid_test
  echo "export CITYAID_TEST_PG_URL='postgresql+psycopg://cityaid@127.0.0.1:$port/cityaid_test'"
  echo "export CITYAID_PG_DIR='$dir'"
}

stop() {
  local dir="$1"
  [ -d "$dir/data" ] || return 0
  PG_CTL="$(find_bin pg_ctl)"
  PG_OWNER="$(stat -c %U "$dir/data")"
  as_owner "$PG_CTL" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:?usage: stop DIR}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
