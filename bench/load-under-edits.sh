#!/usr/bin/env bash
# Load under edits: wrk for 60 s at 64 connections on 127.0.0.1 over a mix of pages and
# searches, while a file of a COPY of the corpus is edited every second and the app runs with
# --casebook.watch=true. Pass: zero non-2xx responses, zero ERROR lines in the app log, and heap
# after a full GC back at its start level (jcmd GC.run + GC.heap_info before and after).
#
#   bench/load-under-edits.sh            standalone: bundled content/, writes bench/out/load-under-edits/
#                                        and the figures section of bench/LOAD.md
#   from bench/run.sh                    uses BENCH_JAR, BENCH_OUT, BENCH_CORPUS, BENCH_SMOKE
#   environment: LOAD_PORT (18191), LOAD_SECONDS (60; 5 when BENCH_SMOKE=1), LOAD_CONNECTIONS (64)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
STANDALONE=0
[ -z "${BENCH_OUT:-}" ] && STANDALONE=1
OUT=${BENCH_OUT:-$ROOT/bench/out/load-under-edits}
CORPUS=${BENCH_CORPUS:-$ROOT/content}
PORT=${LOAD_PORT:-18191}
SECONDS_UNDER_LOAD=${LOAD_SECONDS:-60}
[ "${BENCH_SMOKE:-0}" = 1 ] && SECONDS_UNDER_LOAD=${LOAD_SECONDS:-5}
CONNECTIONS=${LOAD_CONNECTIONS:-64}
BASE=http://127.0.0.1:$PORT
APP_PID=""
EDIT_PID=""

log() { echo "[load $(date +%H:%M:%S)] $*" >&2; }
cleanup() {
  [ -n "$EDIT_PID" ] && kill "$EDIT_PID" 2>/dev/null || true
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT
for tool in wrk jcmd curl; do command -v "$tool" >/dev/null || { echo "needs $tool (apt-get install wrk; a JDK for jcmd)" >&2; exit 2; }; done

JAR=${BENCH_JAR:-}
if [ -z "$JAR" ]; then
  log "building the jar"
  ./mvnw -B -q -DskipTests package
  JAR=$(ls "$ROOT"/target/casebook-*.jar | grep -v plain | head -1)
fi
mkdir -p "$OUT"; rm -rf "$OUT/content"
COPY=$OUT/content
cp -R "$CORPUS" "$COPY"
FILES=$(find "$COPY" -name '*.md' | sort | wc -l)
log "corpus copy: $FILES files in $COPY"

# --- paths: every entry page and the list pages, plus one search in five when the build has search
find "$COPY" -name '*.md' | sort | sed -E "s#^$COPY/([a-z]+)/(.*)\.md#/\1/\2#" > "$OUT/pages.txt"
printf '%s\n' / /companies /tools /practices /sources /tags >> "$OUT/pages.txt"

log "starting $JAR on $BASE with --casebook.watch=true"
rm -rf "$OUT/data"
java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --casebook.content-dir="$COPY" \
  --casebook.data-dir="$OUT/data" --casebook.watch=true > "$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -s -o /dev/null --fail "$BASE/actuator/health/readiness" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "app exited, see $OUT/app.log" >&2; exit 1; }
  sleep 0.5
done
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/search?q=deploy")" = 200 ]; then
  SEARCH=yes
  awk 'NR % 4 == 0' "$OUT/pages.txt" > "$OUT/mixed.txt"
  for q in deploy chaos canary netflix 'continuous+delivery' monkey rollback 'tag:resilience' pipeline amazon; do
    echo "/search?q=$q"
  done >> "$OUT/mixed.txt"
  cat "$OUT/pages.txt" >> "$OUT/mixed.txt"
else
  SEARCH="no (/search is not in this build)"
  cp "$OUT/pages.txt" "$OUT/mixed.txt"
fi
sort -R --random-source=<(yes) "$OUT/mixed.txt" -o "$OUT/mixed.txt"

heap_used_kb() { # full GC, then the used heap in KiB
  jcmd "$APP_PID" GC.run > /dev/null
  sleep 1
  # awk reads to the end (grep -m1 would close the pipe early and fail it under pipefail)
  jcmd "$APP_PID" GC.heap_info | tee -a "$OUT/heap.txt" \
    | awk '!found && match($0, /used [0-9]+K/) { print substr($0, RSTART + 5, RLENGTH - 6); found = 1 }'
}

log "warm-up 10 s"
wrk -t2 -c16 -d10s -s "$ROOT/bench/load-under-edits.lua" "$BASE" -- "$OUT/mixed.txt" > "$OUT/warmup.txt"
HEAP_BEFORE=$(heap_used_kb)
RELOADS_BEFORE=$(grep -c 'Reloaded' "$OUT/app.log" || true)

log "editing one file a second while wrk runs ${SECONDS_UNDER_LOAD}s at $CONNECTIONS connections"
mapfile -t EDITABLE < <(find "$COPY" -name '*.md' | sort | head -20)
(
  i=0
  while true; do
    file=${EDITABLE[$((i % ${#EDITABLE[@]}))]}
    printf '\nEdited during the load test, edit %d.\n' "$i" >> "$file"
    i=$((i + 1))
    sleep 1
  done
) &
EDIT_PID=$!
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_UNDER_LOAD}s" --latency -s "$ROOT/bench/load-under-edits.lua" "$BASE" \
  -- "$OUT/mixed.txt" > "$OUT/wrk.txt"
kill "$EDIT_PID"; wait "$EDIT_PID" 2>/dev/null || true; EDIT_PID=""
EDITS_MADE=$(grep -h -c 'Edited during the load test' "${EDITABLE[@]}" | paste -sd+ | bc)
# let the watcher finish the reloads the last edits queued (the heap of one in flight is not a leak):
# measure once no reload has been logged for 10 s (at most 2 minutes)
settled=-1
for _ in $(seq 12); do
  reloads=$(grep -c 'Reloaded' "$OUT/app.log" || true)
  [ "$reloads" = "$settled" ] && break
  settled=$reloads
  sleep 10
done
HEAP_AFTER=$(heap_used_kb)
RELOADS=$(( $(grep -c 'Reloaded' "$OUT/app.log" || true) - RELOADS_BEFORE ))

# --- figures
REQUESTS=$(awk '/^status /{n += $3} END {print n + 0}' "$OUT/wrk.txt")
NON2XX=$(awk '/^status / && ($2 < 200 || $2 > 299) {n += $3} END {print n + 0}' "$OUT/wrk.txt")
SOCKET=$(awk '/^socket-errors/{print $3 + $5 + $7 + $9}' "$OUT/wrk.txt")
RPS=$(awk '/^Requests\/sec/{print $2}' "$OUT/wrk.txt")
P50=$(awk '/^ +50%/{print $2}' "$OUT/wrk.txt")
P99=$(awk '/^ +99%/{print $2}' "$OUT/wrk.txt")
ERRORS=$(grep -c -E '^[0-9T:.+-]+Z? +ERROR' "$OUT/app.log" || true)
HEAP_LIMIT=$(( HEAP_BEFORE + HEAP_BEFORE / 10 + 8192 ))
verdict() { if [ "${1:-}" = 1 ]; then echo pass; else echo FAIL; fi; }
WATCH="yes ($RELOADS reloads logged)"
[ "$RELOADS" -gt 0 ] || WATCH="no reload logged: edits were made but this build did not reload them"

cat > "$OUT/summary.md" <<MD
Load under edits, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $FILES-file corpus copy, jar \`$(basename "$JAR")\`:
wrk ${SECONDS_UNDER_LOAD} s, 2 threads, $CONNECTIONS connections on 127.0.0.1, pages and searches mixed (search: $SEARCH),
one file edited every second ($EDITS_MADE edits), watcher: $WATCH.

| check | figure | target | result |
| --- | --- | --- | --- |
| non-2xx responses | $NON2XX of $REQUESTS ($SOCKET socket errors) | 0 | $(verdict $([ "$NON2XX" = 0 ] && [ "$SOCKET" = 0 ] && echo 1)) |
| ERROR lines in the app log | $ERRORS | 0 | $(verdict $([ "$ERRORS" = 0 ] && echo 1)) |
| heap used after a full GC | $((HEAP_BEFORE / 1024)) MiB before, $((HEAP_AFTER / 1024)) MiB after | after ≤ before + 10 % + 8 MiB | $(verdict $([ "$HEAP_AFTER" -le "$HEAP_LIMIT" ] && echo 1)) |
| throughput / latency | $RPS req/s, p50 $P50, p99 $P99 | (recorded) | |
MD
cat "$OUT/summary.md"
if [ "$STANDALONE" = 1 ]; then
  awk -v summary="$OUT/summary.md" '
    /<!-- load-under-edits:begin -->/ { print; while ((getline line < summary) > 0) print line; skip = 1; next }
    /<!-- load-under-edits:end -->/ { skip = 0 }
    !skip' "$ROOT/bench/LOAD.md" > "$OUT/LOAD.md" && cp "$OUT/LOAD.md" "$ROOT/bench/LOAD.md"
  log "figures written to bench/LOAD.md"
fi
