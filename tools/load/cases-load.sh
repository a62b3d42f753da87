#!/usr/bin/env bash
# Load test of the case list (API first page, a deep page with two filters), the to-dos (API and the home page) and
# the prerendered /cases page, with wrk. Prints p50/p95/p99 per endpoint as a Markdown table.
#
#   tools/load/cases-load.sh [BASE_URL]            (default http://127.0.0.1:5000; the app must be running)
#
# Environment: DURATION (default 30s), WARMUP (5s, not reported), THREADS (2), CONNECTIONS (10), TIMEOUT (10s: slower
# requests would otherwise drop out of wrk's statistics), USER_NAME (kezhang), PASSWORD (Zhibao#2023), UNIT_ID (default:
# the id of 天穆市场监督管理所 from /api/org-units), DEEP_PAGE (500), DEEP_STATUS (Investigating), ONLY (space-separated
# endpoint names to run: api-first api-deep api-todos page-cases page-home, and the statistics of issue 7: api-stats (this
# year to today, every unit), api-stats-unit (the same for UNIT_ID), api-stats-range (STATS_FROM..STATS_TO, default
# 2024-03-15..2025-11-20: partial months at both ends, 20 months), page-statistics (the prerendered dashboard)).
set -euo pipefail

base=${1:-http://127.0.0.1:5000}
duration=${DURATION:-30s}
warmup=${WARMUP:-5s}
threads=${THREADS:-2}
connections=${CONNECTIONS:-10}
timeout=${TIMEOUT:-10s}
user=${USER_NAME:-kezhang}
password=${PASSWORD:-Zhibao#2023}
deep_page=${DEEP_PAGE:-500}
deep_status=${DEEP_STATUS:-Investigating}
only=${ONLY:-api-first api-deep api-todos page-cases page-home}
stats_from=${STATS_FROM:-2024-03-15}
stats_to=${STATS_TO:-2025-11-20}
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v wrk >/dev/null; then
  echo "wrk is missing: installing the Debian package" >&2
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null; else sudo apt-get install -y wrk >/dev/null; fi
fi

curl -fsS "$base/health/ready" >/dev/null || { echo "the app does not answer at $base/health/ready" >&2; exit 1; }

# API: bearer token.
token=$(curl -fsS -X POST "$base/api/auth/token" -H 'content-type: application/json' \
  -d "{\"userName\":\"$user\",\"password\":\"$password\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "no access token for $user" >&2; exit 1; }
auth=(-H "Authorization: Bearer $token")

# Pages: sign in through the login form (antiforgery token + the Blazor form handler), keep the auth cookie.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
antiforgery=$(curl -fsS -c "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$antiforgery" \
  --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$password" "$base/account/login"
cookie=$(awk '$6 == "zhibao.auth" { print $6 "=" $7 }' "$jar")
[ -n "$cookie" ] || { echo "the login form did not set the zhibao.auth cookie" >&2; exit 1; }

unit=${UNIT_ID:-$(curl -fsS "${auth[@]}" "$base/api/org-units?keyword=%E5%A4%A9%E7%A9%86" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)}
[ -n "$unit" ] || { echo "set UNIT_ID (no unit found for 天穆)" >&2; exit 1; }

declare -A url=(
  [api-first]="/api/cases?page=1&pageSize=20"
  [api-deep]="/api/cases?status=$deep_status&unitId=$unit&page=$deep_page&pageSize=20"
  [api-todos]="/api/todos"
  [page-cases]="/cases"
  [page-home]="/"
  [api-stats]="/api/statistics/summary"
  [api-stats-unit]="/api/statistics/summary?unitId=$unit"
  [api-stats-range]="/api/statistics/summary?from=$stats_from&to=$stats_to"
  [page-statistics]="/statistics"
)

# Preflight: every endpoint answers 200 with the credentials wrk will send (a redirect to the login page would
# otherwise be measured as a fast answer); the deep page must exist.
for name in $only; do
  if [[ $name == page-* ]]; then creds=(-H "Cookie: $cookie"); else creds=("${auth[@]}"); fi
  code=$(curl -s -o /tmp/cases-load.$$ -w '%{http_code}' "${creds[@]}" "$base${url[$name]}")
  [ "$code" = 200 ] || { echo "$name: ${url[$name]} answered $code" >&2; exit 1; }
  if [ "$name" = api-deep ]; then
    total=$(grep -o '"total":[0-9]*' /tmp/cases-load.$$ | cut -d: -f2)
    rows=$(grep -o '"id":' /tmp/cases-load.$$ | wc -l)
    echo "deep page: ${url[$name]} -> $rows rows of $total" >&2
    [ "$rows" -gt 0 ] || { echo "the deep page is empty: generate more cases or lower DEEP_PAGE" >&2; exit 1; }
  fi
  if [ "$name" = api-first ]; then
    echo "cases: $(grep -o '"total":[0-9]*' /tmp/cases-load.$$ | cut -d: -f2) in scope of $user" >&2
  fi
  if [[ $name == api-stats* ]]; then
    echo "$name: $(grep -o '"totals":{"filed":[0-9]*,"closed":[0-9]*' /tmp/cases-load.$$)" >&2
  fi
done
rm -f /tmp/cases-load.$$

echo "wrk -t$threads -c$connections -d$duration --timeout $timeout against $base (warm-up $warmup each)" >&2
echo "| endpoint | request | req/s | p50 ms | p95 ms | p99 ms | max ms |"
echo "|---|---|---:|---:|---:|---:|---:|"
for name in $only; do
  if [[ $name == page-* ]]; then export ZB_COOKIE=$cookie ZB_TOKEN=; else export ZB_TOKEN=$token ZB_COOKIE=; fi
  wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" -s "$here/report.lua" "$base${url[$name]}" >/dev/null
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" -s "$here/report.lua" "$base${url[$name]}")
  line=$(grep '^RESULT' <<<"$out")
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  if [ "$(get non2xx3xx)" != 0 ] || [ "$(get socket_errors)" != 0 ]; then
    echo "$name: $(get non2xx3xx) error responses, $(get socket_errors) socket errors/timeouts" >&2
  fi
  echo "| $name | \`GET ${url[$name]}\` | $(get rps) | $(get p50_ms) | $(get p95_ms) | $(get p99_ms) | $(get max_ms) |"
done
