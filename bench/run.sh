#!/usr/bin/env bash
# Casebook benchmark: one command, one Markdown report. See bench/README.md.
#
#   bench/run.sh                 full run at 1,000 and 10,000 entries -> bench/REPORT.md
#   bench/run.sh --smoke         tiny corpus, 2 s load tests -> bench/out/REPORT-smoke.md (checks the script works)
#   options: --sizes "1000 10000"  --before GIT_REV (also measure the app as of GIT_REV)
#            --jar PATH (skip the build)  --no-jmh
#
# Raw outputs go to bench/out/ (git-ignored). The exit status says whether the script worked, never
# whether a target was met.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/bench/out
APP_PORT=${BENCH_APP_PORT:-18181}
NGINX_PORT=${BENCH_NGINX_PORT:-18182}
SMOKE=0
SIZES="1000 10000"
BEFORE=""
JAR=""
JMH=1
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) SMOKE=1; SIZES="30"; JMH=0 ;;
    --sizes) SIZES="$2"; shift ;;
    --before) BEFORE="$2"; shift ;;
    --jar) JAR="$2"; shift ;;
    --no-jmh) JMH=0 ;;
    *) echo "unknown option $1 (see bench/README.md)" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then
  DURATION=2s; WARMUP=1s; HUGO_RUNS=1; EDITS=3; READY_LIMIT=240
else
  DURATION=10s; WARMUP=15s; HUGO_RUNS=3; EDITS=20; READY_LIMIT=600
fi
LARGEST=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
# The shipped JVM settings (jvm.options, those of the image and ./casebook serve): a second start at
# the largest size measures peak RSS with them.
SHIPPED_JVM="@$ROOT/jvm.options"
APP_PID=""

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
put() { echo "$2=$3" >> "$1"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -f "$OUT/nginx/nginx.pid" ]; then kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true; rm -f "$OUT/nginx/nginx.pid"; fi
}
trap cleanup EXIT

# --- tools -----------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ -x /usr/bin/time ] || missing+=(time)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} with apt"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "bench needs: ${missing[*]} (install them, e.g. apt-get install ${missing[*]})" >&2; exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for port in "$APP_PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then
    echo "port $port is busy; set BENCH_APP_PORT / BENCH_NGINX_PORT" >&2; exit 1
  fi
done

rm -rf "$OUT/current" "$OUT/before" "$OUT/cds" "$OUT/nginx" "$OUT/hugo" "$OUT/extra" "$OUT/static" "$OUT/edit-copy" "$OUT/env.txt" "$OUT/jmh.txt"
mkdir -p "$OUT/current" "$OUT/nginx" "$OUT/hugo" "$OUT/extra"

# --- build -----------------------------------------------------------------------------------
build_jar() { # src-dir dest-jar
  (cd "$1" && ./mvnw -B -q -DskipTests package) >&2
  cp "$(ls "$1"/target/casebook-*.jar | grep -v original | head -1)" "$2"
}
if [ -n "$JAR" ]; then
  cp "$JAR" "$OUT/current.jar"
else
  log "building the app"
  build_jar "$ROOT" "$OUT/current.jar"
fi
LABELS="current"
if [ -n "$BEFORE" ]; then
  log "building the app as of $BEFORE"
  rm -rf "$OUT/before-src" && mkdir -p "$OUT/before-src" "$OUT/before"
  git archive "$BEFORE" | tar -x -C "$OUT/before-src"
  build_jar "$OUT/before-src" "$OUT/before.jar"
  put "$OUT/before/label.txt" rev "$(git rev-parse --short "$BEFORE")"
  LABELS="before current"
fi

# --- environment -----------------------------------------------------------------------------
ENV=$OUT/env.txt
put "$ENV" date "$(date -u '+%Y-%m-%d %H:%M UTC')"
put "$ENV" commit "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"
put "$ENV" mode "$([ "$SMOKE" = 1 ] && echo smoke || echo full)"
put "$ENV" cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
put "$ENV" cores "$(nproc)"
put "$ENV" memory "$(free -g | awk '/Mem:/ {print $2}') GB"
put "$ENV" java "$(java -version 2>&1 | head -1)"
put "$ENV" hugo "$(hugo version | cut -d' ' -f1-2)"
put "$ENV" nginx "$("$NGINX" -v 2>&1 | cut -d/ -f2)"
put "$ENV" wrk "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
put "$ENV" load_start "$(cut -d' ' -f1-3 /proc/loadavg)"
put "$ENV" duration "$DURATION"
put "$ENV" java_opts "${BENCH_JAVA_OPTS:-}"
put "$ENV" shipped_jvm "$(grep -v '^#' "$ROOT/jvm.options" | xargs)"

# --- app -------------------------------------------------------------------------------------
rss_kb() { awk "/^$2:/ {print \$2}" "/proc/$1/status"; }

start_app() { # jar content-dir logfile figures-file [extra args...]
  local jar=$1 content=$2 logfile=$3 figures=$4; shift 4
  # every start indexes afresh, into an empty data folder (builds before it have none and ignore it),
  # unless KEEP_DATA=1 asks it to take up what the previous start left there
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$OUT/data"
  local start; start=$(now_ms)
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:-} ${APP_JVM:-} -jar "$jar" --server.port="$APP_PORT" --casebook.content-dir="$content" \
    --casebook.data-dir="$OUT/data" --management.endpoint.health.probes.enabled=true "$@" > "$logfile" 2>&1 &
  APP_PID=$!
  local status
  while :; do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || true)
    [ "$status" = 200 ] && break
    if [ "$status" = 404 ] && grep -q "Indexed .* files" "$logfile"; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -30 "$logfile" >&2; echo "app exited during start-up" >&2; exit 1; fi
    if [ $(( $(now_ms) - start )) -gt $(( READY_LIMIT * 1000 )) ]; then echo "app not ready after ${READY_LIMIT}s" >&2; exit 1; fi
    sleep 0.02
  done
  put "$figures" ready_ms $(( $(now_ms) - start ))
  local line; line=$(grep -o "Indexed [0-9]* files.*" "$logfile" | tail -1 || true)
  put "$figures" index_line "$line"
  put "$figures" index_ms "$(echo "$line" | grep -oE '[0-9]+ ms' | tail -1 | cut -d' ' -f1)"
  put "$figures" index_errors "$(echo "$line" | grep -o '[0-9]* errors' | cut -d' ' -f1)"
  put "$figures" kept_line "$(grep -o "Took up the stored index of [0-9]* files.*" "$logfile" | tail -1 || true)"
  put "$figures" rss_ready_kb "$(rss_kb "$APP_PID" VmRSS)"
}

stop_app() { # figures-file
  put "$1" rss_peak_kb "$(rss_kb "$APP_PID" VmHWM)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

bench_wrk() { # base-url output [lua-script paths-file] [threads connections]
  local url=$1 output=$2 script=${3:-} paths=${4:-} threads=${5:-2} connections=${6:-64}
  if [ -n "$script" ]; then
    wrk -t"$threads" -c"$connections" -d"$DURATION" --latency -s "$script" "$url" -- "$paths" > "$output"
  else
    wrk -t"$threads" -c"$connections" -d"$DURATION" --latency "$url" > "$output"
  fi
}

warm_up() { # base-url paths-file
  wrk -t2 -c16 -d"$WARMUP" -s "$ROOT/bench/random-paths.lua" "$1" -- "$2" > /dev/null
}

has_watcher() { jar tf "$1" | grep -qi 'BOOT-INF/classes/dev/casebook/.*Watch'; }

# --- per corpus size -------------------------------------------------------------------------
for N in $SIZES; do
  CORPUS=$OUT/corpus-$N
  log "N=$N: generating the corpus"
  rm -rf "$CORPUS"
  java "$ROOT/bench/GenerateCorpus.java" --entries "$N" --seed 42 --out "$CORPUS" --queries "$OUT/queries-$N.txt" >&2
  (cd "$CORPUS" && find . -name '*.md' | sort | sed -e 's|^\./|/|' -e 's|\.md$||') > "$OUT/all-paths-$N.txt"
  step=$(( ($(wc -l < "$OUT/all-paths-$N.txt") + 999) / 1000 ))
  awk -v k="$step" '(NR - 1) % k == 0' "$OUT/all-paths-$N.txt" > "$OUT/paths-$N.txt"
  COMPANY=$(grep -m1 '^/companies/' "$OUT/all-paths-$N.txt")
  echo "$COMPANY" > "$OUT/company-$N.txt"

  log "N=$N: Hugo build, best of $HUGO_RUNS"
  for run in $(seq "$HUGO_RUNS"); do
    rm -rf "$OUT/hugo/public-$N"
    /usr/bin/time -f "%e %M" -o "$OUT/hugo/time.txt" hugo --quiet --noBuildLock --source "$ROOT/bench/hugo" \
      --contentDir "$CORPUS" --destination "$OUT/hugo/public-$N" >&2
    echo "build $(cat "$OUT/hugo/time.txt")" >> "$OUT/hugo/n$N.txt"
  done
  echo "pages $(find "$OUT/hugo/public-$N" -name index.html | wc -l)" >> "$OUT/hugo/n$N.txt"

  for label in $LABELS; do
    DIR=$OUT/$label/n$N; mkdir -p "$DIR"
    log "N=$N: $label app start-up and index"
    start_app "$OUT/$label.jar" "$CORPUS" "$DIR/app.log" "$DIR/figures.txt"
    BASE=http://127.0.0.1:$APP_PORT
    errors=$(grep -o '^index_errors=.*' "$DIR/figures.txt" | cut -d= -f2)
    if [ "$errors" != 0 ]; then echo "corpus indexed with $errors errors, see $DIR/app.log" >&2; exit 1; fi
    if [ "$label" = current ]; then
      log "N=$N: saving $(wc -l < "$OUT/paths-$N.txt") pages for nginx"
      STATIC=$OUT/static/n$N; mkdir -p "$STATIC"
      sort -u "$OUT/paths-$N.txt" "$OUT/company-$N.txt" \
        | awk -v base="$BASE" -v dir="$STATIC" '{ printf "url = \"%s%s\"\noutput = \"%s%s\"\n", base, $0, dir, $0 }' > "$OUT/curl-$N.cfg"
      curl -s --fail --create-dirs -K "$OUT/curl-$N.cfg"
      chmod -R a+rX "$STATIC"
      NDIR=$OUT/nginx; mkdir -p "$NDIR/tmp" "$NDIR/n$N"
      sed -e "s|__PREFIX__|$NDIR|g" -e "s|__ROOT__|$STATIC|g" -e "s|__PORT__|$NGINX_PORT|g" \
        "$ROOT/bench/nginx.conf" > "$NDIR/nginx.conf"
      "$NGINX" -p "$NDIR" -c "$NDIR/nginx.conf" -e "$NDIR/error.log"
      NBASE=http://127.0.0.1:$NGINX_PORT
      for _ in $(seq 50); do curl -s -o /dev/null --fail "$NBASE$COMPANY" && break; sleep 0.1; done
      log "N=$N: wrk against nginx"
      bench_wrk "$NBASE$COMPANY" "$NDIR/n$N/wrk-company.txt"
      bench_wrk "$NBASE" "$NDIR/n$N/wrk-random.txt" "$ROOT/bench/random-paths.lua" "$OUT/paths-$N.txt"
      kill -QUIT "$(cat "$NDIR/nginx.pid")"; while [ -f "$NDIR/nginx.pid" ]; do sleep 0.1; done
    fi
    log "N=$N: wrk against the $label app"
    warm_up "$BASE" "$OUT/paths-$N.txt"
    bench_wrk "$BASE$COMPANY" "$DIR/wrk-company.txt"
    bench_wrk "$BASE" "$DIR/wrk-random.txt" "$ROOT/bench/random-paths.lua" "$OUT/paths-$N.txt"
    if [ "$N" = "$LARGEST" ]; then
      status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/search?q=pipeline")
      if [ "$status" = 200 ]; then
        log "N=$N: search"
        wrk -t2 -c16 -d"$WARMUP" -s "$ROOT/bench/random-paths.lua" "$BASE" -- "$OUT/queries-$N.txt" > /dev/null
        bench_wrk "$BASE" "$DIR/search-single.txt" "$ROOT/bench/random-paths.lua" "$OUT/queries-$N.txt" 1 1
        bench_wrk "$BASE" "$DIR/search-64.txt" "$ROOT/bench/random-paths.lua" "$OUT/queries-$N.txt"
        bench_wrk "$BASE" "$DIR/search-single-uncached.txt" "$ROOT/bench/uncached-paths.lua" "$OUT/queries-$N.txt" 1 1
        bench_wrk "$BASE" "$DIR/search-64-uncached.txt" "$ROOT/bench/uncached-paths.lua" "$OUT/queries-$N.txt"
      else
        echo "GET /search answered $status: this build has no search page" > "$DIR/search-skipped.txt"
      fi
    fi
    stop_app "$DIR/figures.txt"

    if [ "$N" = "$LARGEST" ] && [ "$label" = current ]; then
      log "N=$N: start-up on the data folder the first start left, content unchanged"
      KEEP_DATA=1 start_app "$OUT/$label.jar" "$CORPUS" "$DIR/app-kept.log" "$DIR/kept-figures.txt"
      stop_app "$DIR/kept-figures.txt"
    fi

    if [ "$N" = "$LARGEST" ]; then
      if has_watcher "$OUT/$label.jar"; then
        log "N=$N: edit-to-visible with the watcher on"
        rm -rf "$OUT/edit-copy" && cp -r "$CORPUS" "$OUT/edit-copy"
        TOOL=$(grep -m1 '^/tools/' "$OUT/all-paths-$N.txt")
        start_app "$OUT/$label.jar" "$OUT/edit-copy" "$DIR/app-watch.log" "$DIR/watch-figures.txt" --casebook.watch=true
        java "$ROOT/bench/EditLatency.java" "http://127.0.0.1:$APP_PORT" "$OUT/edit-copy" "${TOOL#/}.md" "$TOOL" "$EDITS" > "$DIR/edit.txt"
        stop_app "$DIR/watch-figures.txt"
      else
        echo "this build has no content watcher (no *Watch* class in the jar)" > "$DIR/edit-skipped.txt"
      fi
      if [ "$label" = current ]; then
        log "N=$N: peak RSS with the shipped JVM settings ($SHIPPED_JVM)"
        APP_JVM="$SHIPPED_JVM" start_app "$OUT/$label.jar" "$CORPUS" "$DIR/app-shipped.log" "$DIR/shipped-figures.txt"
        warm_up "$BASE" "$OUT/paths-$N.txt"
        bench_wrk "$BASE" "$DIR/shipped-random.txt" "$ROOT/bench/random-paths.lua" "$OUT/paths-$N.txt"
        bench_wrk "$BASE" "$DIR/shipped-search.txt" "$ROOT/bench/uncached-paths.lua" "$OUT/queries-$N.txt"
        stop_app "$DIR/shipped-figures.txt"
      fi
    fi
  done
done

# --- the framework's floor --------------------------------------------------------------------
log "bare Spring Boot app (bench/bare): build and start-up"
./mvnw -B -q -f bench/bare/pom.xml -DskipTests package >&2
mkdir -p "$OUT/bare"
start_bare() { # figures-file
  local start; start=$(now_ms)
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:-} -jar "$ROOT/bench/bare/target/bare-1.jar" --server.port="$APP_PORT" > "$OUT/bare/app.log" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/actuator/health/readiness" || true)" = 200 ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -30 "$OUT/bare/app.log" >&2; echo "bare app exited during start-up" >&2; exit 1; fi
    sleep 0.02
  done
  put "$1" ready_ms $(( $(now_ms) - start ))
}
for run in 1 2 3; do
  start_bare "$OUT/bare/run-$run.txt"
  stop_app "$OUT/bare/run-$run.txt"
done

# --- bundled content -------------------------------------------------------------------------
if [ "$SMOKE" = 0 ]; then
  for label in $LABELS; do
    for run in 1 2 3; do
      log "bundled content: $label start-up $run of 3"
      start_app "$OUT/$label.jar" "$ROOT/content" "$OUT/$label/bundled-$run.log" "$OUT/$label/bundled-$run.txt"
      stop_app "$OUT/$label/bundled-$run.txt"
    done
  done
  log "bundled content: start-up on the data folder the last start left"
  KEEP_DATA=1 start_app "$OUT/current.jar" "$ROOT/content" "$OUT/current/bundled-kept.log" "$OUT/current/bundled-kept.txt"
  stop_app "$OUT/current/bundled-kept.txt"
  log "bundled content: start-up from the extracted jar with an AppCDS archive"
  CDS=$OUT/cds; rm -rf "$CDS"; mkdir -p "$CDS"
  java -Djarmode=tools -jar "$OUT/current.jar" extract --destination "$CDS/app" >&2
  CDS_JAR=$(ls "$CDS"/app/*.jar | head -1)
  java -XX:ArchiveClassesAtExit="$CDS/app.jsa" -Dspring.context.exit=onRefresh -jar "$CDS_JAR" \
    --server.port="$APP_PORT" --casebook.content-dir="$ROOT/content" --casebook.data-dir="$CDS/data" > "$CDS/training.log" 2>&1
  APP_JVM="-XX:SharedArchiveFile=$CDS/app.jsa" start_app "$CDS_JAR" "$ROOT/content" "$CDS/bundled.log" "$CDS/bundled.txt"
  stop_app "$CDS/bundled.txt"
fi

# --- JMH -------------------------------------------------------------------------------------
if [ "$JMH" = 1 ]; then
  log "JMH micro-benchmarks"
  ./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/jmh-classpath.txt" >&2
  java -cp "target/bench/test-classes:target/bench/classes:$(cat "$OUT/jmh-classpath.txt")" org.openjdk.jmh.Main \
    -f 1 -wi 1 -w 1s -i 2 -r 1s -tu us -bm avgt > "$OUT/jmh.txt"
fi

# --- other bench scripts (e.g. load under edits) ---------------------------------------------
for script in "$ROOT"/bench/*.sh; do
  name=$(basename "$script" .sh)
  [ "$name" = run ] && continue
  log "running bench/$name.sh"
  mkdir -p "$OUT/extra/$name"
  if BENCH_JAR="$OUT/current.jar" BENCH_OUT="$OUT/extra/$name" BENCH_SMOKE="$SMOKE" \
      BENCH_CORPUS="$OUT/corpus-$LARGEST" bash "$script" > "$OUT/extra/$name.txt" 2>&1; then
    echo "exit=0" > "$OUT/extra/$name.status"
  else
    echo "exit=$?" > "$OUT/extra/$name.status"
  fi
done

put "$ENV" load_end "$(cut -d' ' -f1-3 /proc/loadavg)"
REPORT=$ROOT/bench/REPORT.md
[ "$SMOKE" = 1 ] && REPORT=$OUT/REPORT-smoke.md
java "$ROOT/bench/Report.java" "$OUT" "$ROOT/bench/optimisations.md" > "$REPORT"
log "report written to ${REPORT#"$ROOT"/}"
