#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server for the tests: a new cluster in a temporary folder, on a
# free port on 127.0.0.1, trusted local connections only. Prints the admin URL on stdout and the
# server's folder on fd 3; `postgres-test-server.sh stop <folder>` stops it and removes the folder.
# Root cannot run PostgreSQL, so as root the server runs as the `postgres` user.
set -euo pipefail

pgbin="${PGBIN:-/usr/lib/postgresql/15/bin}"
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ "${1:-}" = "stop" ]; then
  dir="$2"
  [ -d "$dir/data" ] && as_server "$pgbin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

[ -x "$pgbin/initdb" ] || { echo "PostgreSQL 15 is not installed ($pgbin/initdb is missing)" >&2; exit 1; }
dir="$(mktemp -d /tmp/sitrep-pg-XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
as_server "$pgbin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
as_server "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start </dev/null >/dev/null 3>&- \
  || { cat "$dir/server.log" >&2; exit 1; }
echo "postgres://postgres@127.0.0.1:$port/postgres"
echo "$dir" >&3
