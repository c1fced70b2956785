#!/usr/bin/env bash
# Measures the running suite (bin/suite up) on this machine with wrk: reading one case and listing
# cases through the gateway and directly at the case service, and recording seizures through the
# gateway. Every read and write appends to the audit chain, so these figures include that cost.
# Bounded: DURATION seconds per scenario (default 15), CONNECTIONS (default 16), loopback only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
GATEWAY=http://127.0.0.1:${GATEWAY_PORT:-8080}
CASE_SERVICE=http://127.0.0.1:${CASE_PORT:-8081}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
curl -sf "$GATEWAY/q/health/ready" >/dev/null || { echo "start the suite first: bin/suite up" >&2; exit 1; }

TOKEN=$("$ROOT/bin/suite" token --officer bench-1 --agency VN-C04 --country VN --roles investigator,supervisor,analyst)
CASE=$(curl -sf -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"title":"Benchmark case","priority":"LOW","tlp":"GREEN","openedOn":"2025-01-01","participatingAgencies":["LA-MPS"]}' \
  "$GATEWAY/api/cases" | sed -E 's/.*"id":"([^"]+)".*/\1/')

LUA=$(mktemp --suffix=.lua)
trap 'rm -f "$LUA"' EXIT
cat >"$LUA" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"substance":"HEROIN","quantity":1.5,"unit":"KG","country":"VN","seizedAt":"2025-02-01T00:00:00Z"}'
LUA

run() {
  local label=$1
  shift
  echo "== $label (${DURATION}s, $CONNECTIONS connections)"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" | grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx'
}

run "GET one case via gateway" -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/cases/$CASE"
run "GET one case at case-service" -H "Authorization: Bearer $TOKEN" "$CASE_SERVICE/api/cases/$CASE"
run "GET case list (20) via gateway" -H "Authorization: Bearer $TOKEN" "$GATEWAY/api/cases?size=20"
run "POST seizure via gateway" -s "$LUA" "$GATEWAY/api/cases/$CASE/seizures"
echo "== audit chain after the run"
AUDITOR=$("$ROOT/bin/suite" token --officer bench-aud --agency VN-C04 --country VN --roles auditor)
curl -s -H "Authorization: Bearer $AUDITOR" "$GATEWAY/api/audit/cases/verify"
echo
