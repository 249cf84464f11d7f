#!/usr/bin/env bash
# Compares JVM settings on one generated corpus. For each: a start on an empty data folder (the full
# index), then a start on the data folder it left, as a container starts on the image's index, under
# searches that no kept page answers (64 connections, after a warm-up). Writes a Markdown table to
# summary.md in its output folder. See bench/README.md.
#
#   bench/jvm-settings.sh [--entries 10000] [--java PATH] [--duration 20s]
#                                        standalone: the packaged jar, writes bench/out/jvm-settings/
#   from bench/run.sh                    uses BENCH_JAR, BENCH_OUT, BENCH_SMOKE (30 entries, 2 s)
#
# The settings compared are the SETTINGS lines below, one per row: a label, then the JVM options;
# the first is what ships (jvm.options).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${BENCH_OUT:-$ROOT/bench/out/jvm-settings}
JAR=${BENCH_JAR:-$ROOT/target/casebook-0.1.0-SNAPSHOT.jar}
PORT=${JVM_SETTINGS_PORT:-18193}
ENTRIES=10000
DURATION=20s
WARMUP=15s
if [ "${BENCH_SMOKE:-0}" = 1 ]; then ENTRIES=30; DURATION=2s; WARMUP=1s; fi
JAVA=java
while [ $# -gt 0 ]; do
  case "$1" in
    --entries) ENTRIES="$2"; shift ;;
    --java) JAVA="$2"; shift ;;
    --duration) DURATION="$2"; shift ;;
    *) echo "unknown option $1 (see bench/README.md)" >&2; exit 2 ;;
  esac
  shift
done
SETTINGS=(
  "Shipped (jvm.options)|$(grep -v '^#' jvm.options | xargs)"
  "JVM defaults|"
  "G1, 768 MiB heap|-Xmx768m"
  "G1, 512 MiB heap|-Xmx512m"
  "G1, 512 MiB heap, 32 request threads|-Xmx512m -Dserver.tomcat.threads.max=32"
  "G1, 512 MiB heap, 32 request threads, smaller stacks and code cache|-Xmx512m -Dserver.tomcat.threads.max=32 -Xss512k -XX:ReservedCodeCacheSize=64m"
  "Serial, 512 MiB heap|-XX:+UseSerialGC -Xmx512m"
)
APP_PID=""
READY_MS=0
cleanup() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
mib() { awk "/^$2:/ {printf \"%d\", \$2 / 1024}" "/proc/$1/status"; }

start() { # options logfile; sets APP_PID and READY_MS, or fails when the app exits first
  local options=$1 logfile=$2 begin; begin=$(now_ms)
  # shellcheck disable=SC2086
  "$JAVA" $options -jar "$JAR" --server.port="$PORT" --casebook.content-dir="$OUT/corpus" \
    --casebook.data-dir="$OUT/data" --management.endpoint.health.probes.enabled=true > "$logfile" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      APP_PID=""
      return 1
    fi
    sleep 0.05
  done
  READY_MS=$(( $(now_ms) - begin ))
}

stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

mkdir -p "$OUT"
rm -rf "$OUT/corpus"
java "$ROOT/bench/GenerateCorpus.java" --entries "$ENTRIES" --seed 42 --out "$OUT/corpus" \
  --queries "$OUT/queries.txt" >&2
{
  echo "# JVM settings, $ENTRIES entries"
  echo
  echo "$("$JAVA" -version 2>&1 | head -1); $(nproc) cores; searches on the kept start: every query new, 64 connections, $DURATION after a $WARMUP warm-up; peak RSS is VmHWM."
  echo
  echo "| settings | options | ready, empty folder (ms) | peak RSS, full index (MiB) | ready, kept folder (ms) | search q/s | search p99 | peak RSS, kept start and searches (MiB) |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$OUT/summary.md"
for setting in "${SETTINGS[@]}"; do
  label=${setting%%|*}; options=${setting#*|}
  echo "[jvm-settings] $label" >&2
  rm -rf "$OUT/data"
  if ! start "$options" "$OUT/fresh.log"; then
    why=$(grep -m1 -o 'OutOfMemoryError[^"]*' "$OUT/fresh.log" || echo "see fresh.log")
    echo "| $label | \`$options\` | exited during the full index ($why) | | | | | |" >> "$OUT/summary.md"
    continue
  fi
  fresh=$READY_MS
  fresh_peak=$(mib "$APP_PID" VmHWM)
  stop
  if ! start "$options" "$OUT/kept.log"; then
    echo "| $label | \`$options\` | $fresh | $fresh_peak | exited during start-up | | | |" >> "$OUT/summary.md"
    continue
  fi
  kept=$READY_MS
  grep -q "Took up the stored index" "$OUT/kept.log" || kept="$kept (indexed afresh)"
  wrk -t2 -c16 -d"$WARMUP" -s "$ROOT/bench/uncached-paths.lua" "http://127.0.0.1:$PORT" -- "$OUT/queries.txt" > /dev/null
  wrk -t2 -c64 -d"$DURATION" --latency -s "$ROOT/bench/uncached-paths.lua" "http://127.0.0.1:$PORT" \
    -- "$OUT/queries.txt" > "$OUT/wrk.txt"
  qps=$(awk '/^Requests\/sec/ {printf "%d", $2}' "$OUT/wrk.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$OUT/wrk.txt")
  kept_peak=$(mib "$APP_PID" VmHWM)
  stop
  echo "| $label | \`${options:-none}\` | $fresh | $fresh_peak | $kept | $qps | $p99 | $kept_peak |" >> "$OUT/summary.md"
done
cat "$OUT/summary.md"
