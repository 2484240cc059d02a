#!/usr/bin/env bash
# The benchmark in one command: writes docs/benchmarks.md. Needs root for apt-get (wrk) and to run PostgreSQL
# as the postgres user, like build/test.sh. Everything it starts it stops, by PID, on exit.
# Extra arguments go to the driver, e.g. `bash bench/run.sh --courses 20 --seconds 5` for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

# A fresh machine may have no package lists yet: read them once, then install.
apt_install() {
  apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y "$@" >/dev/null; }
}
command -v wrk >/dev/null || apt_install wrk
PG_BIN=${MEKTEP_TEST_PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$PG_BIN/initdb" ] || apt_install postgresql-15

PGROOT=$(mktemp -d /tmp/mektep-bench-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
chown postgres:postgres "$PGROOT"
stop_pg() {
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGROOT/data" -m fast stop >/dev/null 2>&1 || true
  # The server's log (checkpoints, lock waits) stays beside the site for reading a run's tail afterwards.
  mkdir -p "$ROOT/artifacts/bench" && cp "$PGROOT/log" "$ROOT/artifacts/bench/postgres.log" 2>/dev/null || true
  rm -rf "$PGROOT"
}
trap stop_pg EXIT
runuser -u postgres -- "$PG_BIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
# fsync stays on: the benchmark measures the server as it would run.
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGROOT -c max_connections=200 -c log_lock_waits=on -c log_min_duration_statement=1000" start >/dev/null
runuser -u postgres -- "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE mektep_bench" >/dev/null

SITE="$ROOT/artifacts/bench/site"
rm -rf "$SITE"
# ReadyToRun: the assemblies carry precompiled code, so start-up does not wait for the JIT (about half the time).
dotnet publish src/Mektep.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$SITE" --nologo -v quiet
dotnet build bench/Mektep.Bench -c Release --nologo -v quiet

dotnet bench/Mektep.Bench/bin/Release/net10.0/Mektep.Bench.dll \
  --connection "Host=127.0.0.1;Port=$PORT;Username=postgres;Database=mektep_bench;Maximum Pool Size=100" \
  --site "$SITE" --report "$ROOT/docs/benchmarks.md" "$@"
