#!/usr/bin/env bash
# The one test command (README and .ci/run call it). On a fresh machine it installs what the tests
# need (Chromium and a CJK font for the browser tests, LibreOffice and poppler to read the generated
# documents, PostgreSQL if absent), starts a throwaway PostgreSQL on 127.0.0.1, runs every test
# project, stops PostgreSQL, and prints one summary line:
#   tests: N passed, N failed, N skipped
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"
log() { printf '\n== %s\n' "$*"; }

# --- what the tests need -------------------------------------------------------------------
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK\|WenQuanYi' || need+=(fonts-noto-cjk)
# LibreOffice comes with its recommended packages: that is the set the document tests were checked with.
office=()
command -v soffice >/dev/null 2>&1 || office+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || office+=(poppler-utils)
pgbin=""
for d in "$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/x)")" /usr/lib/postgresql/*/bin; do
  if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then pgbin="$d"; break; fi
done
[ -n "$pgbin" ] || need+=(postgresql)
if [ $((${#need[@]} + ${#office[@]})) -gt 0 ]; then
  log "installing: ${need[*]} ${office[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  [ ${#need[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  [ ${#office[@]} -eq 0 ] || apt-get install -y -qq "${office[@]}" >/dev/null
  if [ -z "$pgbin" ]; then pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); fi
fi

# --- a throwaway PostgreSQL on 127.0.0.1 ---------------------------------------------------
pgdir=$(mktemp -d /tmp/zhibao-pg.XXXXXX)
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
pguser=$(id -un)
run_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  # initdb refuses to run as root: use an unprivileged account.
  pguser=zhibaopg
  id "$pguser" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pguser"
  chown "$pguser" "$pgdir"
  run_pg() { su -s /bin/bash "$pguser" -c "$(printf '%q ' "$@")"; }
fi
stop_pg() { run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"; }
trap stop_pg EXIT
log "starting PostgreSQL ($pgbin) on 127.0.0.1:$pgport"
run_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$pgdir/initdb.log" 2>&1 \
  && run_pg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-h 127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c full_page_writes=off -c max_connections=200" -l "$pgdir/pg.log" -w start >/dev/null
if [ $? -ne 0 ]; then
  echo "PostgreSQL did not start:"; cat "$pgdir/initdb.log" "$pgdir/pg.log" 2>/dev/null
  echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1
fi
export ZHIBAO_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres;Pooling=true;Include Error Detail=true"

# --- build once, then run each test project --------------------------------------------------
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log "building"
if ! dotnet build Zhibao.slnx -c Debug -nologo -v quiet; then
  echo "tests: 0 passed, 1 failed, 0 skipped"; exit 1
fi
status=0
for project in tests/Zhibao.Domain.Tests tests/Zhibao.Documents.Tests tests/Zhibao.Web.Tests tests/Zhibao.E2E; do
  name=$(basename "$project")
  log "testing $name"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    --logger "console;verbosity=normal" || status=1
done

# --- one summary line from the TRX counters ------------------------------------------------
passed=0 failed=0 skipped=0 found=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  found=$((found + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$(get total); executed=$(get executed); p=$(get passed); f=$(get failed); e=$(get error); t=$(get timeout)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0}))
  skipped=$((skipped + ${total:-0} - ${executed:-0}))
done
if [ "$found" -lt 4 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  failed=$((failed + 1)); status=1   # a project that did not report counts as a failure
fi
echo
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
