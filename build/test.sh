#!/usr/bin/env bash
# Runs every test of the solution: bash build/test.sh [extra dotnet test args, e.g. --filter X]
# Starts a throwaway PostgreSQL 15 cluster and an SMTP sink for the tests, then cleans them up.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SOLUTION=OrchardSite.sln
RESULTS="$ROOT/artifacts/test-results"
PG_BIN=/usr/lib/postgresql/15/bin
PY=/usr/bin/python3 # Debian's interpreter: the only one that sees python3-aiosmtpd

WORKDIR=""
SMTP_PID=""
PG_DATA=""
APT_UPDATED=0

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Without this, MSBuild worker nodes outlive the build and keep CI's output pipe open.
export MSBUILDDISABLENODEREUSE=1

log() { printf '==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

as_root() {
  if is_root; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"
  fi
}

# initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
pg_os_user() { if is_root; then echo postgres; else id -un; fi; }
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then
    as_root apt-get update
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
}

ensure_packages() {
  local missing=()
  [ -x "$PG_BIN/initdb" ] || missing+=(postgresql-15)
  "$PY" -c 'import aiosmtpd' 2>/dev/null || missing+=(python3-aiosmtpd)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  log "installing chromium (never downloaded via playwright)"
  apt_install chromium
}

free_port() {
  "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_for_port() { # port timeout_seconds pid
  local port=$1 tries=$(($2 * 10)) pid=$3
  while [ "$tries" -gt 0 ]; do
    (: <"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.1
    tries=$((tries - 1))
  done
  return 1
}

start_postgres() {
  local pgdir="$WORKDIR/pg" port
  port=$(free_port)
  mkdir "$pgdir"
  is_root && chown postgres:postgres "$pgdir"
  PG_DATA="$pgdir/data"
  log "starting PostgreSQL 15 on 127.0.0.1:$port"
  as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-sync >"$pgdir/initdb.log" \
    || { cat "$pgdir/initdb.log" >&2; die "initdb failed"; }
  # Settings go into the config file rather than -o so that fault tests which stop and
  # start the cluster with plain pg_ctl get the same port, socket dir and speed settings.
  as_pg tee -a "$PG_DATA/postgresql.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$pgdir'
max_connections = 300
fsync = off
full_page_writes = off
synchronous_commit = off
CONF
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$pgdir/server.log" -w -t 60 start >/dev/null \
    || { cat "$pgdir/server.log" >&2; die "PostgreSQL did not start"; }
  export MEKTEP_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  export MEKTEP_TEST_PG_DATADIR="$PG_DATA"
  export MEKTEP_TEST_PG_BIN="$PG_BIN"
  export MEKTEP_TEST_PG_OSUSER
  MEKTEP_TEST_PG_OSUSER=$(pg_os_user)
}

stop_postgres() {
  [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ] || return 0
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 stop >/dev/null \
    || as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null
}

start_smtp() {
  local maildir="$WORKDIR/mail" port
  port=$(free_port)
  log "starting SMTP sink on 127.0.0.1:$port"
  "$PY" -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" \
    >"$WORKDIR/smtp.log" 2>&1 </dev/null &
  SMTP_PID=$!
  wait_for_port "$port" 15 "$SMTP_PID" \
    || { cat "$WORKDIR/smtp.log" >&2; die "SMTP server did not start"; }
  export MEKTEP_TEST_SMTP_HOST=127.0.0.1
  export MEKTEP_TEST_SMTP_PORT="$port"
  export MEKTEP_TEST_SMTP_MAILDIR="$maildir" # messages land in $maildir/new
}

stop_smtp() {
  [ -n "$SMTP_PID" ] || return 0
  kill "$SMTP_PID" 2>/dev/null || return 0
  local tries=50
  while kill -0 "$SMTP_PID" 2>/dev/null && [ "$tries" -gt 0 ]; do
    sleep 0.1
    tries=$((tries - 1))
  done
  kill -9 "$SMTP_PID" 2>/dev/null || true
  wait "$SMTP_PID" 2>/dev/null || true
}

cleanup() {
  local status=$?
  set +e
  stop_smtp
  stop_postgres
  [ -n "$WORKDIR" ] && rm -rf "$WORKDIR"
  exit "$status"
}

run_tests() { # extra dotnet test args; sets TEST_STATUS
  cd "$ROOT"
  log "dotnet restore"
  dotnet restore "$SOLUTION"
  log "dotnet format --verify-no-changes"
  dotnet format "$SOLUTION" --verify-no-changes --no-restore \
    || die "formatting differs: run 'dotnet format $SOLUTION' and commit the result"
  log "dotnet build"
  dotnet build "$SOLUTION" -c Release --no-restore || die "build failed"
  rm -rf "$RESULTS"
  mkdir -p "$RESULTS"
  log "dotnet test"
  TEST_STATUS=0
  dotnet test "$SOLUTION" -c Release --no-build --logger trx --results-directory "$RESULTS" "$@" \
    || TEST_STATUS=$?
}

# Prints the summary from the .trx files; the last line is "N passed, N failed".
summarize() { # dotnet_test_status
  "$PY" - "$RESULTS" "$1" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

results_dir, test_status = sys.argv[1], int(sys.argv[2])
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
FAILED_OUTCOMES = {"Failed", "Error", "Timeout", "Aborted"}
totals = {"passed": 0, "failed": 0, "skipped": 0}
providers = {p: {"passed": 0, "failed": 0} for p in ("Sqlite", "PostgreSql")}
failed_names = []

files = sorted(glob.glob(os.path.join(results_dir, "**", "*.trx"), recursive=True))
for path in files:
    root = ET.parse(path).getroot()
    counters = root.find("t:ResultSummary/t:Counters", ns)
    if counters is not None:
        count = lambda name: int(counters.get(name, "0"))
        totals["passed"] += count("passed")
        totals["failed"] += sum(count(n) for n in ("failed", "error", "timeout", "aborted"))
        # VSTest leaves notExecuted at 0 for xunit skips; they show only as total - executed.
        totals["skipped"] += max(count("notExecuted"), count("total") - count("executed"))
    for result in root.findall("t:Results/t:UnitTestResult", ns):
        name, outcome = result.get("testName", "?"), result.get("outcome")
        if outcome in FAILED_OUTCOMES:
            failed_names.append(name)
        for provider, tally in providers.items():
            if provider in name:
                if outcome == "Passed":
                    tally["passed"] += 1
                elif outcome in FAILED_OUTCOMES:
                    tally["failed"] += 1

print()
print(f"test result files: {len(files)}")
if failed_names:
    print("failed tests:")
    for name in failed_names:
        print(f"  {name}")
for provider, tally in providers.items():
    print(f"provider {provider}: {tally['passed']} passed, {tally['failed']} failed")
print(f"skipped: {totals['skipped']}")

problems = []
if totals["failed"]:
    problems.append(f"{totals['failed']} test(s) failed")
if test_status != 0:
    problems.append(f"dotnet test exited with status {test_status}")
if totals["passed"] + totals["failed"] == 0:
    problems.append("no tests ran")
for problem in problems:
    print(f"FAILURE: {problem}")
closing = f"{totals['passed']} passed, {totals['failed']} failed"
with open(os.path.join(results_dir, "totals.txt"), "w") as totals_file:
    totals_file.write(closing + "\n")
print(closing, flush=True)
sys.exit(1 if problems else 0)
PY
}

main() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  ensure_packages
  ensure_chromium # the browser tests in tests/Mektep.Tests/Browser drive Debian's /usr/bin/chromium
  WORKDIR=$(mktemp -d -t mektep-test.XXXXXX)
  chmod 711 "$WORKDIR" # the postgres user must reach its cluster directory inside
  start_postgres
  start_smtp
  run_tests "$@"
  summarize "$TEST_STATUS"
}

main "$@"
