#!/usr/bin/env bash
#
# Where one process of the running suite spends its CPU under load: wrk drives one request, and
# async-profiler (fetched from Maven Central) samples the process meanwhile.
#
#   bench/profile.sh [SERVICE] [URL]
#
#   SERVICE  whose CPU is sampled: gateway (default), case-service, intel-service, task-force-service
#   URL      what wrk requests (default: the unaudited read through the gateway,
#            http://127.0.0.1:8080/api/agencies/VN-C04); a token of a Vietnamese investigator is sent
#
# Prints the process's CPU per request (from /proc, over the sampled interval only), then the samples
# by route handler, by activity (kernel, JIT, GC) and by frame (bench/ProfileSummary.java), and
# keeps the stacks in bench/results/profile-SERVICE-TIMESTAMP.collapsed (for a flame graph:
# async-profiler's jfrconv, or any collapsed-stack viewer).
#
# Needs the suite running (bin/suite up; for the gateway with its rate limits raised, as
# bench/run.sh explains), a JDK (jcmd), wrk (installed from Debian packages when missing, as root).
# Environment: WARMUP (10 s) DURATION (10 s) CONNECTIONS (16) INTERVAL (200us of CPU) TOP (25) ASYNC_PROFILER_VERSION (4.2)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SERVICE=${1:-gateway}
URL=${2:-http://127.0.0.1:${GATEWAY_PORT:-8080}/api/agencies/VN-C04}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
INTERVAL=${INTERVAL:-200us}
VERSION=${ASYNC_PROFILER_VERSION:-4.2}
PROFILER_DIR=$ROOT/.run/async-profiler-$VERSION
RESULTS_DIR=$ROOT/bench/results

say() { printf '==> %s\n' "$*" >&2; }
die() {
  printf 'profile: %s\n' "$*" >&2
  exit 1
}

pid_file=$ROOT/.run/pids/$SERVICE.pid
[[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null ||
  die "$SERVICE is not running (bin/suite up starts the suite; SERVICE is one of gateway, case-service, intel-service, task-force-service)"
PID=$(cat "$pid_file")
command -v jcmd >/dev/null || die "jcmd not found: a JDK (not only a JRE) is needed to attach the profiler"
if ! command -v wrk >/dev/null; then
  [[ "$(id -u)" == 0 ]] || die "wrk missing: run  sudo apt-get install -y wrk"
  say "installing wrk (apt-get)"
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null
fi

case "$(uname -m)" in
  x86_64) platform=linux-x64 ;;
  aarch64) platform=linux-arm64 ;;
  *) die "async-profiler has no library for $(uname -m)" ;;
esac
LIB=$PROFILER_DIR/$platform/libasyncProfiler.so
if [[ ! -f $LIB ]]; then
  say "fetching async-profiler $VERSION from Maven Central"
  "$ROOT/mvnw" -q -f "$ROOT/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="tools.profiler:async-profiler:$VERSION" -DoutputDirectory="$PROFILER_DIR" >/dev/null
  (cd "$PROFILER_DIR" && jar xf "async-profiler-$VERSION.jar" "$platform/libasyncProfiler.so")
fi

TOKEN=$("$ROOT/bin/suite" token --ttl 60 --officer bench-profile --agency VN-C04 --country VN --roles investigator)
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")
[[ $status == 2* ]] || die "$URL answers $status, not 2xx"

mkdir -p "$RESULTS_DIR"
OUT=$RESULTS_DIR/profile-$SERVICE-$(date -u +%Y%m%dT%H%M%SZ).collapsed
say "warming up: $WARMUP s at $CONNECTIONS connections"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
say "sampling $SERVICE (pid $PID) every $INTERVAL for $DURATION s"
# cpu: perf_events with kernel frames where the kernel allows it, else async-profiler's own CPU timers
# (itimer would sample once per scheduler tick only, a few hundred times a second)
jcmd "$PID" JVMTI.agent_load "$LIB" "\"start,event=cpu,interval=$INTERVAL\"" >/dev/null
before=$(cpu_ticks)
load=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "$URL")
after=$(cpu_ticks)
jcmd "$PID" JVMTI.agent_load "$LIB" "\"stop,file=$OUT,collapsed\"" >/dev/null
[[ -s $OUT ]] || die "the profiler wrote nothing to $OUT"

requests=$(awk '/requests in/ {print $1}' <<<"$load")
rate=$(awk '/Requests\/sec/ {print $2}' <<<"$load")
errors=$(awk '/Non-2xx/ {print $NF}' <<<"$load")
awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" -v r="$rate" -v e="${errors:-0}" -v s="$SERVICE" \
  'BEGIN { printf "%s: %s req/s (%s non-2xx), %.0f µs of its CPU per request\n", s, r, e, t / hz * 1e6 / n }'
java "$ROOT/bench/ProfileSummary.java" "$OUT" "${TOP:-25}"
say "stacks kept in ${OUT#"$ROOT"/}"
