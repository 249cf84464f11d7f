#!/usr/bin/env bash
# Page heights: how tall the bundled company pages are in headless chromium, on a 1366×900 desktop
# and a 390×844 phone (target: the Netflix page at most 4,500 px on the desktop). Talks to
# chromedriver over plain WebDriver HTTP with curl, so it needs no test classpath.
#
#   bench/page-heights.sh          standalone: builds nothing, uses target/casebook-*.jar and content/,
#                                  writes bench/out/page-heights/summary.md
#   from bench/run.sh              uses BENCH_JAR and BENCH_OUT
#   environment: HEIGHTS_PORT (18193), HEIGHTS_DRIVER_PORT (18194), HEIGHTS_PAGES (the four companies)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${BENCH_OUT:-$ROOT/bench/out/page-heights}
JAR=${BENCH_JAR:-$(ls target/casebook-*.jar | grep -v original | head -1)}
PORT=${HEIGHTS_PORT:-18193}
DRIVER_PORT=${HEIGHTS_DRIVER_PORT:-18194}
PAGES=${HEIGHTS_PAGES:-/companies/netflix /companies/etsy /companies/amazon /companies/facebook}
TARGET_PATH=/companies/netflix
TARGET_PX=4500
DRIVER=http://127.0.0.1:$DRIVER_PORT
APP_PID=""
DRIVER_PID=""
PROFILE=$(mktemp -d)

log() { echo "[heights $(date +%H:%M:%S)] $*" >&2; }
cleanup() {
  [ -n "$DRIVER_PID" ] && kill "$DRIVER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  rm -rf "$PROFILE"
}
trap cleanup EXIT
mkdir -p "$OUT"

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "chromium or chromedriver missing: page heights not measured" | tee "$OUT/summary.md"
  exit 0
fi

java -jar "$JAR" --server.port="$PORT" --casebook.content-dir="$ROOT/content" --casebook.data-dir="$OUT/data" \
  > "$OUT/app.log" 2>&1 &
APP_PID=$!
/usr/bin/chromedriver --port="$DRIVER_PORT" > "$OUT/chromedriver.log" 2>&1 &
DRIVER_PID=$!
for _ in $(seq 600); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" && curl -sf -o /dev/null "$DRIVER/status" && break
  sleep 0.2
done

# One WebDriver call: method, path under the session (or /session), JSON body; prints the reply.
call() { curl -sf -X "$1" -H 'Content-Type: application/json' "$DRIVER$2" ${3:+-d "$3"}; }
value() { sed -E 's/.*"value":[[:space:]]*([0-9]+).*/\1/'; }

SESSION=$(call POST /session "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{
  \"binary\":\"/usr/bin/chromium\",\"args\":[\"--headless\",\"--no-sandbox\",\"--disable-dev-shm-usage\",
  \"--hide-scrollbars\",\"--disable-background-networking\",\"--user-data-dir=$PROFILE\"]}}}}" \
  | grep -o '"sessionId":"[^"]*"' | cut -d'"' -f4)
[ -n "$SESSION" ] || { echo "no WebDriver session" >&2; exit 1; }

{
  echo "| page | 1366×900 desktop | 390×844 phone |"
  echo "| --- | ---: | ---: |"
} > "$OUT/table.md"
declare -A DESKTOP PHONE
for viewport in "1366 900 false" "390 844 true"; do
  read -r width height mobile <<< "$viewport"
  call POST "/session/$SESSION/goog/cdp/execute" "{\"cmd\":\"Emulation.setDeviceMetricsOverride\",
    \"params\":{\"width\":$width,\"height\":$height,\"deviceScaleFactor\":1,\"mobile\":$mobile}}" > /dev/null
  for page in $PAGES; do
    call POST "/session/$SESSION/url" "{\"url\":\"http://127.0.0.1:$PORT$page\"}" > /dev/null
    px=$(call POST "/session/$SESSION/execute/sync" \
      '{"script":"return document.documentElement.scrollHeight","args":[]}' | value)
    if [ "$mobile" = true ]; then PHONE[$page]=$px; else DESKTOP[$page]=$px; fi
    log "$width×$height $page: $px px"
  done
done
call DELETE "/session/$SESSION" > /dev/null || true

for page in $PAGES; do
  printf '| `%s` | %s px | %s px |\n' "$page" "${DESKTOP[$page]}" "${PHONE[$page]}" >> "$OUT/table.md"
done
verdict="above"
[ "${DESKTOP[$TARGET_PATH]:-999999}" -le "$TARGET_PX" ] && verdict="within"
{
  echo "Heights of the bundled company pages (\`document.documentElement.scrollHeight\` in headless chromium)."
  echo "\`$TARGET_PATH\` on the desktop is $verdict the $TARGET_PX px target."
  echo
  cat "$OUT/table.md"
} > "$OUT/summary.md"
cat "$OUT/summary.md"
