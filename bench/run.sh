#!/usr/bin/env bash
#
# The suite against the floor of its own stack, in one run, on this machine (loopback only).
#
#   bench/run.sh            measure; prints one table and writes it as JSON to bench/results/
#
# What it measures, each scenario WARMUP s of warm-up then DURATION s with wrk, at each of CONNECTIONS:
#   floor          a minimal Vert.x + reactive PostgreSQL server reading one row (bench/floor)
#   pgbench -S     PostgreSQL alone, select-only
#   unaudited read GET /api/agencies/VN-C04                 directly at case-service and via gateway
#   audited read   GET /api/cases/{id}                      directly and via gateway
#   list of 20     GET /api/cases?size=20                   directly and via gateway
#   create         POST /api/cases/{id}/seizures            directly and via gateway
#   4 agencies     four agencies reading their own case at once (connections split), summed
#   shared intel   GET /api/intel/reports/{id} by a recipient (share + agreement checked in SQL, audited)
#   oversized list POST a subject with 5,000 aliases        refused with 400: what bad input costs
#   gateway ratio  the unaudited read directly, through the gateway and through a bare vertx-http-proxy
#                  (bench/floor ProxyFloor: the proxying alone), GATEWAY_ROUNDS rounds of GATEWAY_DURATION s
#                  taken in turn, so that the machine's drift over a run hits all three alike; the ratio
#                  (target >= 0.75 of direct) is that of the medians
#   paced read     the unaudited read at half of the gateway's best rate, direct and via gateway:
#                  what the gateway adds at p50 when it is not the bottleneck (target <= 1 ms)
# then start-to-first-2xx and resident memory after the first request of one more instance of each
# service, and the audit chains of every agency used (all entries sequenced, chain valid).
#
# Uses the suite running at GATEWAY_PORT/CASE_PORT if it answers (its gateway rate limit must be
# raised: GATEWAY_RATE_LIMIT_RPS=1000000 GATEWAY_RATE_LIMIT_BURST=1000000 bin/suite up), otherwise
# starts it with that limit and stops it at the end. Installs wrk, pgbench and jq from Debian
# packages when missing (root).
#
# Environment: DURATION (10) WARMUP (5) CONNECTIONS ("16 64") GATEWAY_ROUNDS (5) GATEWAY_DURATION (6)
#   SKIP_STARTUP=1 KEEP_SUITE=1
#   GATEWAY_PORT (8080) CASE_PORT (8081) INTEL_PORT (8082) TASKFORCE_PORT (8083) FLOOR_PORT (8090)
#   PROXY_FLOOR_PORT (8091)
#   DB_HOST DB_PORT DB_USER DB_PASSWORD as for bin/suite.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT
# shellcheck source=../bin/lib/postgres.sh
source "$ROOT/bin/lib/postgres.sh"

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
read -r -a CONNECTION_LEVELS <<<"${CONNECTIONS:-16 64}"
GATEWAY_PORT=${GATEWAY_PORT:-8080}
CASE_PORT=${CASE_PORT:-8081}
INTEL_PORT=${INTEL_PORT:-8082}
TASKFORCE_PORT=${TASKFORCE_PORT:-8083}
FLOOR_PORT=${FLOOR_PORT:-8090}
PROXY_FLOOR_PORT=${PROXY_FLOOR_PORT:-8091}
GATEWAY_ROUNDS=${GATEWAY_ROUNDS:-5}
GATEWAY_DURATION=${GATEWAY_DURATION:-6}
GATEWAY=http://127.0.0.1:$GATEWAY_PORT
CASE=http://127.0.0.1:$CASE_PORT
# management interfaces (health, metrics): bin/suite's defaults
GATEWAY_MANAGEMENT=http://127.0.0.1:${GATEWAY_MANAGEMENT_PORT:-9000}
CASE_MANAGEMENT=http://127.0.0.1:${CASE_MANAGEMENT_PORT:-9001}
FLOOR=http://127.0.0.1:$FLOOR_PORT
PROXY_FLOOR=http://127.0.0.1:$PROXY_FLOOR_PORT
RESULTS_DIR=$ROOT/bench/results
WORK=$(mktemp -d)
STARTED_SUITE=0
FLOOR_PID=
PROXY_FLOOR_PID=
EXTRA_PIDS=()

say() { printf '==> %s\n' "$*" >&2; }
die() {
  printf 'bench: %s\n' "$*" >&2
  exit 1
}

cleanup() {
  local pid
  for pid in "${EXTRA_PIDS[@]}" $FLOOR_PID $PROXY_FLOOR_PID; do
    kill "$pid" 2>/dev/null || true
  done
  if ((STARTED_SUITE)) && [[ "${KEEP_SUITE:-0}" != 1 ]]; then
    say "stopping the suite this run started"
    "$ROOT/bin/suite" down >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# ------------------------------------------------------------------------------ tools

ensure_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v pgbench >/dev/null || missing+=(postgresql-contrib)
  command -v jq >/dev/null || missing+=(jq)
  command -v curl >/dev/null || missing+=(curl)
  ((${#missing[@]} == 0)) && return 0
  if [[ "$(id -u)" != 0 ]]; then
    die "missing ${missing[*]}: run  sudo apt-get install -y ${missing[*]}"
  fi
  say "installing ${missing[*]} (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
}

# ------------------------------------------------------------------------------ the suite

ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1/q/health/ready")" == 200 ]]; }

ensure_suite() {
  if ready "$GATEWAY_MANAGEMENT" && ready "$CASE_MANAGEMENT"; then
    say "using the suite already running (its gateway rate limit must be raised; 429s show as non-2xx)"
    return 0
  fi
  say "starting the suite with the gateway rate limit raised"
  # every scope (address, officer, agency): the load comes from one address with a few tokens
  export GATEWAY_RATE_LIMIT_RPS=1000000 GATEWAY_RATE_LIMIT_BURST=1000000 \
    GATEWAY_AGENCY_RATE_LIMIT_RPS=1000000 GATEWAY_AGENCY_RATE_LIMIT_BURST=1000000 \
    GATEWAY_ADDRESS_RATE_LIMIT_RPS=1000000 GATEWAY_ADDRESS_RATE_LIMIT_BURST=1000000
  STARTED_SUITE=1
  "$ROOT/bin/suite" up >"$WORK/suite-up.log" 2>&1 || {
    tail -n 30 "$WORK/suite-up.log" >&2
    die "bin/suite up failed"
  }
}

token() { "$ROOT/bin/suite" token --ttl 120 "$@"; }

json_id() { jq -r .id; }

# ------------------------------------------------------------------------------ the floor

start_floor() {
  if [[ ! -f "$ROOT/bench/floor/target/classes/org/mekong/jtf/bench/ProxyFloor.class" ]]; then
    say "building the floor server (bench/floor)"
    (cd "$ROOT" && ./mvnw -B -q package -pl bench/floor -DskipTests) || die "the floor server did not build"
  fi
  psql_admin -d postgres -tAc "select 1 from pg_database where datname = 'mekong_bench'" | grep -q 1 \
    || psql_admin -d postgres -c "create database mekong_bench" >/dev/null
  FLOOR_PORT=$FLOOR_PORT FLOOR_DB=mekong_bench java -cp "$ROOT/bench/floor/target/classes:$ROOT/bench/floor/target/lib/*" \
    org.mekong.jtf.bench.FloorServer >"$WORK/floor.log" 2>&1 &
  FLOOR_PID=$!
  local i
  for ((i = 0; i < 100; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$FLOOR/items/1")" == 200 ]] && return 0
    sleep 0.1
  done
  cat "$WORK/floor.log" >&2
  die "the floor server did not answer"
}

start_proxy_floor() { # a bare vertx-http-proxy in front of the case service
  PROXY_FLOOR_PORT=$PROXY_FLOOR_PORT PROXY_FLOOR_UPSTREAM_PORT=$CASE_PORT \
    java -cp "$ROOT/bench/floor/target/classes:$ROOT/bench/floor/target/lib/*" org.mekong.jtf.bench.ProxyFloor \
    >"$WORK/proxy-floor.log" 2>&1 &
  PROXY_FLOOR_PID=$!
  local i
  for ((i = 0; i < 100; i++)); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$PROXY_FLOOR/api/agencies/VN-C04")" == 401 ]] && return 0
    sleep 0.1
  done
  cat "$WORK/proxy-floor.log" >&2
  die "the proxy floor did not answer"
}

psql_admin() { PGPASSWORD=$DB_PASSWORD psql -X -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -v ON_ERROR_STOP=1 "$@"; }

# ------------------------------------------------------------------------------ measuring

# One line of JSON per wrk run: requests/s, p50, p99 (ms), requests, non-2xx, socket errors.
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('{"rps":%.1f,"p50":%.2f,"p99":%.2f,"requests":%d,"non2xx":%d,"socketErrors":%d}\n',
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, errors))
end
LUA

RESULTS="$WORK/results.jsonl"
: >"$RESULTS"
: >"$WORK/rounds.jsonl"

# wrk_json CONNECTIONS DURATION URL [extra wrk args...] -> prints the JSON line
wrk_json() {
  local connections=$1 duration=$2 url=$3
  shift 3
  local threads=2
  ((connections < threads)) && threads=$connections
  wrk -t"$threads" -c"$connections" -d"${duration}s" -s "$WORK/report.lua" "$@" "$url" | tail -n 1
}

# measure NAME TARGET CONNECTIONS URL [wrk args...]: warm up, measure, record
measure() {
  local name=$1 target=$2 connections=$3 url=$4
  shift 4
  say "$name ($target, $connections connections)"
  wrk_json "$connections" "$WARMUP" "$url" "$@" >/dev/null
  wrk_json "$connections" "$DURATION" "$url" "$@" \
    | jq -c --arg name "$name" --arg target "$target" --argjson c "$connections" '. + {scenario: $name, target: $target, connections: $c}' \
      >>"$RESULTS"
}

post_script() { # post_script FILE TOKEN BODY
  cat >"$1" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $2"
wrk.body = '$3'
LUA
  cat "$WORK/report.lua" >>"$1"
}

get_script() { # get_script FILE TOKEN [DELAY_MS]: with a delay, each connection waits that long between requests
  cat >"$1" <<LUA
wrk.headers["Authorization"] = "Bearer $2"
LUA
  if [[ -n "${3:-}" ]]; then
    printf 'delay = function() return %s end\n' "$3" >>"$1"
  fi
  cat "$WORK/report.lua" >>"$1"
}

measure_pgbench() {
  local requested=$1 connections=$1 out tps free
  # the services' pools hold connections too: stay under max_connections
  free=$(psql_admin -d postgres -tAc "select current_setting('max_connections')::int - count(*) - 10 from pg_stat_activity")
  ((connections > free)) && connections=$free
  say "pgbench -S ($connections connections)"
  out=$(PGPASSWORD=$DB_PASSWORD pgbench -n -S -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -c "$connections" -j 2 \
    -T "$DURATION" mekong_bench_pgbench 2>&1) || {
    printf '%s\n' "$out" >&2
    die "pgbench failed"
  }
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out" | head -n 1)
  local latency
  latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")
  jq -nc --argjson rps "${tps:-0}" --argjson mean "${latency:-0}" --argjson c "$requested" --argjson clients "$connections" \
    '{scenario: "pgbench -S", target: "postgresql", connections: $c, clients: $clients, rps: ($rps * 10 | round / 10), p50: null, p99: null, meanLatency: $mean, non2xx: 0, socketErrors: 0}' \
    >>"$RESULTS"
}

# ------------------------------------------------------------------------------ start-up and memory

service_env() { # the environment bin/suite gives a service, on another port
  local name=$1 port=$2
  # its management interface on port+1000 (9181 -> 10181), clear of the running suite's
  local -a vars=("DB_HOST=$DB_HOST" "DB_PORT=$DB_PORT" "QUARKUS_HTTP_PORT=$port" "QUARKUS_MANAGEMENT_PORT=$((port + 1000))" "JWT_VERIFY_KEY_LOCATION=$ROOT/dev/keys/jwt-public.pem"
    "JWT_ISSUER=https://dev.mekong-jtf.local/issuer" "JWT_AUDIENCE=mekong-jtf")
  local db=
  case "$name" in
    case-service) db=mekong_case ;;
    intel-service) db=mekong_intel ;;
    task-force-service) db=mekong_taskforce ;;
    gateway) vars+=("CASE_SERVICE_URL=$CASE" "INTEL_SERVICE_URL=http://127.0.0.1:$INTEL_PORT"
      "TASKFORCE_SERVICE_URL=http://127.0.0.1:$TASKFORCE_PORT" "GATEWAY_RATE_LIMIT_RPS=1000000"
      "GATEWAY_ADDRESS_RATE_LIMIT_RPS=1000000" "GATEWAY_AGENCY_RATE_LIMIT_RPS=1000000") ;;
  esac
  if [[ -n "$db" ]]; then
    mapfile -t -O "${#vars[@]}" vars < <(service_db_env "$db")
    vars+=("DB_NAME=$db" "AUDIT_SIGNING_KEY_LOCATION=$ROOT/dev/keys/audit-signing-ed25519.pem"
      "AUDIT_PUBLIC_KEY_LOCATION=$ROOT/dev/keys/audit-signing-ed25519.pub.pem")
  fi
  printf '%s\n' "${vars[@]}"
}

measure_startup() { # measure_startup NAME PORT PATH
  local name=$1 port=$2 path=$3 pid start end code rss i
  local -a vars
  mapfile -t vars < <(service_env "$name" "$port")
  say "start-up of one more $name (port $port)"
  start=$(date +%s%N)
  env "${vars[@]}" java -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$WORK/$name-start.log" 2>&1 &
  pid=$!
  EXTRA_PIDS+=("$pid")
  code=000
  for ((i = 0; i < 1200; i++)); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $VN_TOKEN" "http://127.0.0.1:$port$path" || true)
    [[ "$code" == 2* ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.025
  done
  end=$(date +%s%N)
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ "$code" != 2* ]]; then
    tail -n 20 "$WORK/$name-start.log" >&2
    die "$name did not answer 2xx on $path"
  fi
  jq -nc --arg s "$name" --arg p "$path" --argjson ms $(((end - start) / 1000000)) --argjson kb "${rss:-0}" \
    '{service: $s, firstPath: $p, startToFirst2xxMs: $ms, rssMiBAfterFirstRequest: (($kb / 1024) | floor)}' >>"$WORK/startup.jsonl"
}

# ------------------------------------------------------------------------------ main

ensure_tools
ensure_postgres >/dev/null
ensure_admin_login >/dev/null
ensure_suite
start_floor
start_proxy_floor
if ! psql_admin -d postgres -tAc "select 1 from pg_database where datname = 'mekong_bench_pgbench'" | grep -q 1; then
  psql_admin -d postgres -c "create database mekong_bench_pgbench" >/dev/null
  say "initialising pgbench (scale 10)"
  PGPASSWORD=$DB_PASSWORD pgbench -q -i -s 10 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" mekong_bench_pgbench >/dev/null 2>&1
fi

scenarios=$((11 + 4))
total=$((${#CONNECTION_LEVELS[@]} * (scenarios * (DURATION + WARMUP) + 3 * GATEWAY_ROUNDS * GATEWAY_DURATION + WARMUP) + 8 * WARMUP + 60))
say "measuring ${#CONNECTION_LEVELS[@]} × $scenarios scenarios of ${WARMUP}+${DURATION} s: about $((total / 60)) min"

VN_TOKEN=$(token --officer bench-vn --agency VN-C04 --country VN --roles investigator,supervisor,analyst)
declare -A AGENCY_TOKEN AGENCY_CASE
for spec in VN-C04:VN LA-MPS:LA TH-ONCB:TH KH-NACD:KH; do
  agency=${spec%%:*}
  country=${spec##*:}
  AGENCY_TOKEN[$agency]=$(token --officer "bench-${agency,,}" --agency "$agency" --country "$country" --roles investigator,supervisor,analyst)
  AGENCY_CASE[$agency]=$(curl -sf -H "Authorization: Bearer ${AGENCY_TOKEN[$agency]}" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Benchmark case $agency\",\"priority\":\"LOW\",\"tlp\":\"GREEN\",\"openedOn\":\"2025-01-01\"}" \
    "$CASE/api/cases" | json_id)
done
CASE_ID=${AGENCY_CASE[VN-C04]}
listed=$(curl -sf -H "Authorization: Bearer $VN_TOKEN" "$CASE/api/cases?size=1" | jq .total)
for ((i = listed; i < 20; i++)); do
  curl -sf -o /dev/null -H "Authorization: Bearer $VN_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"title\":\"Listed benchmark case $i\",\"priority\":\"LOW\",\"tlp\":\"GREEN\",\"openedOn\":\"2025-01-01\"}" "$CASE/api/cases"
done

# an intelligence report of VN-C04 shared with TH-ONCB under the 1998 agreement, read by Thailand:
# the visibility check (share, agreement in force) runs in SQL on every read, and the read is audited
INTEL=http://127.0.0.1:$INTEL_PORT
VN_ANALYST=$(token --officer bench-vn-analyst --agency VN-C04 --country VN --roles analyst)
TH_ANALYST=$(token --officer bench-th-analyst --agency TH-ONCB --country TH --roles analyst)
REPORT_ID=$(curl -sf -H "Authorization: Bearer $VN_ANALYST" -H 'Content-Type: application/json' -d '{"title":"Benchmark report",
  "body":"WY tablets via Houayxay","sourceReliability":"B","informationCredibility":2,"tlp":"AMBER","handling":"H1",
  "distribution":[{"agency":"TH-ONCB","agreement":"VN-TH-1998","purpose":"INVESTIGATION"}]}' "$INTEL/api/intel/reports" | json_id)
curl -sf -o /dev/null -H "Authorization: Bearer $VN_ANALYST" -H 'Content-Type: application/json' -H 'If-Match: "0"' \
  -d '{"status":"PUBLISHED"}' "$INTEL/api/intel/reports/$REPORT_ID/transitions" || die "could not publish the benchmark report"
get_script "$WORK/get-th.lua" "$TH_ANALYST"

get_script "$WORK/get.lua" "$VN_TOKEN"
post_script "$WORK/seizure.lua" "$VN_TOKEN" \
  '{"substance":"HEROIN","quantity":1.5,"unit":"KG","country":"VN","seizedAt":"2025-02-01T00:00:00Z"}'
aliases=$(printf '"a",%.0s' $(seq 1 5000))
post_script "$WORK/oversized.lua" "$VN_TOKEN" "{\"fullName\":\"Many aliases\",\"role\":\"SUSPECT\",\"status\":\"WANTED\",\"aliases\":[${aliases%,}]}"

# A suite that has just started runs its code interpreted: warm every path once before measuring,
# so that the first scenarios are not measured cold and the later ones warm.
say "warming up every path (${WARMUP} s each)"
for base in "$CASE" "$GATEWAY"; do
  wrk_json 16 "$WARMUP" "$base/api/agencies/VN-C04" -s "$WORK/get.lua" >/dev/null
  wrk_json 16 "$WARMUP" "$base/api/cases/$CASE_ID" -s "$WORK/get.lua" >/dev/null
  wrk_json 16 "$WARMUP" "$base/api/cases?size=20" -s "$WORK/get.lua" >/dev/null
  wrk_json 16 "$WARMUP" "$base/api/cases/$CASE_ID/seizures" -s "$WORK/seizure.lua" >/dev/null
done
for base in "$INTEL" "$GATEWAY"; do
  wrk_json 16 "$WARMUP" "$base/api/intel/reports/$REPORT_ID" -s "$WORK/get-th.lua" >/dev/null
done
# the proxy floor is only measured in the gateway rounds: give its JIT the time the others had
wrk_json 16 "$((2 * WARMUP))" "$PROXY_FLOOR/api/agencies/VN-C04" -s "$WORK/get.lua" >/dev/null

for c in "${CONNECTION_LEVELS[@]}"; do
  measure "floor" floor "$c" "$FLOOR/items/42"
  measure_pgbench "$c"
  for target in direct gateway; do
    base=$CASE
    [[ $target == gateway ]] && base=$GATEWAY
    measure "unaudited read" "$target" "$c" "$base/api/agencies/VN-C04" -s "$WORK/get.lua"
    measure "audited read" "$target" "$c" "$base/api/cases/$CASE_ID" -s "$WORK/get.lua"
    measure "list of 20" "$target" "$c" "$base/api/cases?size=20" -s "$WORK/get.lua"
    measure "create (seizure)" "$target" "$c" "$base/api/cases/$CASE_ID/seizures" -s "$WORK/seizure.lua"
  done
  measure "shared intel report read" direct "$c" "$INTEL/api/intel/reports/$REPORT_ID" -s "$WORK/get-th.lua"
  measure "shared intel report read" gateway "$c" "$GATEWAY/api/intel/reports/$REPORT_ID" -s "$WORK/get-th.lua"
  measure "oversized list (400)" direct "$c" "$CASE/api/cases/$CASE_ID/subjects" -s "$WORK/oversized.lua"

  say "4 agencies at once (direct, $c connections split four ways)"
  share=$((c / 4 > 0 ? c / 4 : 1))
  loads=()
  for agency in VN-C04 LA-MPS TH-ONCB KH-NACD; do
    get_script "$WORK/get-$agency.lua" "${AGENCY_TOKEN[$agency]}"
    wrk_json "$share" "$WARMUP" "$CASE/api/cases/${AGENCY_CASE[$agency]}" -s "$WORK/get-$agency.lua" >/dev/null &
    loads+=($!)
  done
  wait "${loads[@]}"
  loads=()
  for agency in VN-C04 LA-MPS TH-ONCB KH-NACD; do
    wrk_json "$share" "$DURATION" "$CASE/api/cases/${AGENCY_CASE[$agency]}" -s "$WORK/get-$agency.lua" >"$WORK/four-$agency.json" &
    loads+=($!)
  done
  wait "${loads[@]}"
  jq -sc --argjson c "$c" '{scenario: "audited read, 4 agencies at once", target: "direct", connections: $c,
      rps: (map(.rps) | add | . * 10 | round / 10), p50: (map(.p50) | max), p99: (map(.p99) | max), requests: (map(.requests) | add),
      non2xx: (map(.non2xx) | add), socketErrors: (map(.socketErrors) | add)}' "$WORK"/four-*.json >>"$RESULTS"

  # The gateway's ratio: direct, gateway and proxy floor taken in turn, round after round, so that
  # the machine's drift over minutes (large on a shared VM) does not land on one of them only.
  say "gateway ratio: $GATEWAY_ROUNDS rounds of direct / gateway / proxy floor, ${GATEWAY_DURATION} s each ($c connections)"
  for base in "$CASE" "$GATEWAY" "$PROXY_FLOOR"; do
    wrk_json "$c" "$WARMUP" "$base/api/agencies/VN-C04" -s "$WORK/get.lua" >/dev/null
  done
  for ((round = 1; round <= GATEWAY_ROUNDS; round++)); do
    for target in direct gateway proxy-floor; do
      case $target in
        direct) base=$CASE ;;
        gateway) base=$GATEWAY ;;
        proxy-floor) base=$PROXY_FLOOR ;;
      esac
      wrk_json "$c" "$GATEWAY_DURATION" "$base/api/agencies/VN-C04" -s "$WORK/get.lua" \
        | jq -c --arg target "$target" --argjson c "$c" --argjson round "$round" \
          '. + {scenario: "unaudited read, rounds", target: $target, connections: $c, round: $round}' >>"$WORK/rounds.jsonl"
    done
  done
done

: >"$WORK/startup.jsonl"
if [[ "${SKIP_STARTUP:-0}" != 1 ]]; then
  measure_startup case-service 9181 /api/agencies/VN-C04
  measure_startup intel-service 9182 /api/agreements
  measure_startup task-force-service 9183 /api/officers
  measure_startup gateway 9180 /api/agencies/VN-C04
fi

# What the gateway adds when it is not the bottleneck: the unaudited read paced at half of the
# gateway's best measured rate (16 connections, each waiting between requests), direct and through it.
max_gateway=$(jq -s '[.[] | select(.scenario == "unaudited read" and .target == "gateway")] | max_by(.rps) | .rps' "$RESULTS")
paced_rate=$(jq -n --argjson m "$max_gateway" '$m / 2 | floor')
pace_ms=$(jq -n --argjson r "$paced_rate" '16000 / $r | floor | if . < 1 then 1 else . end')
get_script "$WORK/get-paced.lua" "$VN_TOKEN" "$pace_ms"
say "the unaudited read paced at about $paced_rate req/s (half the gateway's $max_gateway), direct and through the gateway"
measure "unaudited read, paced at half the gateway's max" direct 16 "$CASE/api/agencies/VN-C04" -s "$WORK/get-paced.lua"
measure "unaudited read, paced at half the gateway's max" gateway 16 "$GATEWAY/api/agencies/VN-C04" -s "$WORK/get-paced.lua"

say "audit chains after the run"
: >"$WORK/chains.jsonl"
for spec in VN-C04:VN LA-MPS:LA TH-ONCB:TH KH-NACD:KH; do
  agency=${spec%%:*}
  auditor=$(token --officer "bench-auditor" --agency "$agency" --country "${spec##*:}" --roles auditor)
  for ((i = 0; i < 60; i++)); do
    verdict=$(curl -s -H "Authorization: Bearer $auditor" "$CASE/api/audit/cases/verify")
    [[ "$(jq -r '.awaitingSequencing // 0' <<<"$verdict")" == 0 ]] && break
    sleep 0.5
  done
  jq -c --arg a "$agency" '{agency: $a, valid, entriesChecked, awaitingSequencing}' <<<"$verdict" >>"$WORK/chains.jsonl"
done
# the intel service's chain of the report's owner, VN-C04, which Thailand's reads were filed with
auditor=$(token --officer "bench-auditor" --agency VN-C04 --country VN --roles auditor)
for ((i = 0; i < 60; i++)); do
  verdict=$(curl -s -H "Authorization: Bearer $auditor" "$INTEL/api/audit/intel/verify")
  [[ "$(jq -r '.awaitingSequencing // 0' <<<"$verdict")" == 0 ]] && break
  sleep 0.5
done
jq -c '{agency: "VN-C04 (intel)", valid, entriesChecked, awaitingSequencing}' <<<"$verdict" >>"$WORK/chains.jsonl"

# ------------------------------------------------------------------------------ report

mkdir -p "$RESULTS_DIR"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="$RESULTS_DIR/$stamp.json"
jq -n --slurpfile results "$RESULTS" --slurpfile rounds "$WORK/rounds.jsonl" --slurpfile startup "$WORK/startup.jsonl" --slurpfile chains "$WORK/chains.jsonl" \
  --arg at "$stamp" --argjson duration "$DURATION" --arg cpus "$(nproc)" --arg commit "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" '
  ($results | map(select(.scenario == "floor")) | map({key: (.connections | tostring), value: .rps}) | from_entries) as $floor
  | ($results | map(select(.scenario == "unaudited read" and .target == "direct")) | map({key: (.connections | tostring), value: .rps}) | from_entries) as $unaudited
  | {at: $at, commit: $commit, cpus: ($cpus | tonumber), durationSeconds: $duration,
     scenarios: ($results | map(. + {
        ratioToFloor: ((.rps / $floor[.connections | tostring]) * 1000 | round / 1000),
        ratioToUnauditedDirect: (if (.target == "direct" and (.scenario | test("audited read|create|agencies")) and (.scenario | startswith("unaudited") | not))
                                 then ((.rps / $unaudited[.connections | tostring]) * 1000 | round / 1000) else null end)})),
     startup: $startup, auditChains: $chains}
  | .targets = [(.scenarios | map(select(.target == "direct")) | group_by(.connections)[] | . as $at
      | ($at | map({key: .scenario, value: .rps}) | from_entries) as $r
      | {connections: $at[0].connections,
         auditedReadToUnaudited: (($r["audited read"] / $r["unaudited read"]) * 1000 | round / 1000),
         createToUnaudited: (($r["create (seizure)"] / $r["unaudited read"]) * 1000 | round / 1000),
         fourAgenciesToOne: (($r["audited read, 4 agencies at once"] / $r["audited read"]) * 1000 | round / 1000)})]
  | def median: sort | if length == 0 then null elif length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
    def ratio($a; $b): if $a == null or $b == null or $b == 0 then null else ($a / $b * 1000 | round / 1000) end;
    .rounds = $rounds
  | .gateway = {
      throughputToDirect: [($rounds | group_by(.connections)[]
        | (map(select(.target == "direct")) | sort_by(.round)) as $d
        | (map(select(.target == "gateway")) | sort_by(.round)) as $g
        | (map(select(.target == "proxy-floor")) | sort_by(.round)) as $p
        | {connections: .[0].connections, rounds: ($d | length),
           medianRps: {direct: ($d | map(.rps) | median), gateway: ($g | map(.rps) | median), proxyFloor: ($p | map(.rps) | median)},
           ratio: ratio($g | map(.rps) | median; $d | map(.rps) | median),
           proxyFloorRatio: ratio($p | map(.rps) | median; $d | map(.rps) | median),
           perRound: [range(0; $d | length) as $i | ratio($g[$i].rps; $d[$i].rps)]})],
      paced: (.scenarios | map(select(.scenario | startswith("unaudited read, paced"))) as $p
        | {rps: ($p | map({key: .target, value: .rps}) | from_entries), p50: ($p | map({key: .target, value: .p50}) | from_entries)}
        | . + {addedP50Ms: ((.p50.gateway - .p50.direct) * 100 | round / 100)})}
  | .gateway.targetsMet = ((.gateway.throughputToDirect | all(.ratio >= 0.75)) and .gateway.paced.addedP50Ms <= 1)
  | .targetsMet = ((.targets | all(.auditedReadToUnaudited >= 0.5 and .createToUnaudited >= 0.3 and .fourAgenciesToOne >= 1))
      and (.auditChains | all(.valid == true and .awaitingSequencing == 0)))' >"$out"

printf '\n%-34s %-8s %5s %10s %9s %9s %8s %8s %11s\n' scenario target conns req/s p50_ms p99_ms non2xx ×floor ×unaudited
jq -r '.scenarios[] | [.scenario, .target, .connections, .rps, (.p50 // "-"), (.p99 // "-"), .non2xx, .ratioToFloor, (.ratioToUnauditedDirect // "")] | @tsv' "$out" \
  | while IFS=$'\t' read -r s t c r p50 p99 n f u; do
    printf '%-34s %-8s %5s %10s %9s %9s %8s %8s %11s\n' "$s" "$t" "$c" "$r" "$p50" "$p99" "$n" "$f" "$u"
  done
if [[ -s "$WORK/startup.jsonl" ]]; then
  printf '\n%-20s %-22s %16s %12s\n' service first-2xx-on start→2xx_ms RSS_MiB
  jq -r '.startup[] | [.service, .firstPath, .startToFirst2xxMs, .rssMiBAfterFirstRequest] | @tsv' "$out" \
    | while IFS=$'\t' read -r s p ms kb; do printf '%-20s %-22s %16s %12s\n' "$s" "$p" "$ms" "$kb"; done
fi
printf '\n%-10s %6s %14s %19s\n' agency valid entriesChecked awaitingSequencing
jq -r '.auditChains[] | [.agency, .valid, .entriesChecked, .awaitingSequencing] | @tsv' "$out" \
  | while IFS=$'\t' read -r a v e w; do printf '%-10s %6s %14s %19s\n' "$a" "$v" "$e" "$w"; done
printf '\n%6s %26s %20s %22s   (targets: >= 0.5, >= 0.3, >= 1)\n' conns audited/unaudited_read create/unaudited_read 4_agencies/1_agency
jq -r '.targets[] | [.connections, .auditedReadToUnaudited, .createToUnaudited, .fourAgenciesToOne] | @tsv' "$out" \
  | while IFS=$'\t' read -r c a w f; do printf '%6s %26s %20s %22s\n' "$c" "$a" "$w" "$f"; done
printf 'ratio targets met: %s; audit chains valid and sequenced: %s\n' \
  "$(jq '.targets | all(.auditedReadToUnaudited >= 0.5 and .createToUnaudited >= 0.3 and .fourAgenciesToOne >= 1)' "$out")" \
  "$(jq '.auditChains | all(.valid == true and .awaitingSequencing == 0)' "$out")"
printf '\n%6s %12s %12s %12s %14s %18s   %s\n' conns direct_rps gateway_rps proxy_floor gateway/direct proxy_floor/direct "per round (gateway/direct)"
jq -r '.gateway.throughputToDirect[] | [.connections, .medianRps.direct, .medianRps.gateway, .medianRps.proxyFloor, .ratio, .proxyFloorRatio, (.perRound | map(tostring) | join(" "))] | @tsv' "$out" \
  | while IFS=$'\t' read -r c d g p r f pr; do printf '%6s %12s %12s %12s %14s %18s   %s\n' "$c" "$d" "$g" "$p" "$r" "$f" "$pr"; done
printf '\ngateway: unaudited read through it / directly (medians of %s rounds): %s (target >= 0.75); at half its maximum rate it adds %s ms at p50 (target <= 1); met: %s\n' \
  "$GATEWAY_ROUNDS" "$(jq -r '[.gateway.throughputToDirect[] | "\(.ratio) at \(.connections)c"] | join(", ")' "$out")" \
  "$(jq -r '.gateway.paced.addedP50Ms' "$out")" "$(jq -r '.gateway.targetsMet' "$out")"
printf '\nwritten to %s\n' "${out#"$ROOT"/}"
