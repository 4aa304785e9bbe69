#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing to a throw-away PostgreSQL cluster on 127.0.0.1.
#   scripts/with-postgres.sh npm run test:server
# Installs Debian's postgresql when its binaries are missing, creates the cluster under /tmp
# (initdb refuses root: it runs as user postgres), starts it, runs the command, stops it and
# removes it, whatever the command's outcome. Its exit code is the command's.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS…]" >&2; exit 2; }

PGPORT="${PGPORT:-$((55000 + RANDOM % 5000))}"
PGROOT="$(mktemp -d "${TMPDIR:-/tmp}/ck-pg-XXXXXX")"   # reachable by user postgres (not under /root)

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "with-postgres: installing Debian's postgresql…" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGROOT"
chmod 755 "$PGROOT"

stop() {
  as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
}
trap stop EXIT

# cd /: user postgres may not be allowed to read the current directory.
(cd / && as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null)
# A test cluster: durability settings off (the server's own durability is tested on PGlite
# and by kill -9 of the server process, which PostgreSQL survives with these settings too).
(cd / && as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null)

export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT" >&2
set +e
"$@"
code=$?
set -e
exit $code
