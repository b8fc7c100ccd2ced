#!/usr/bin/env bash
# Start-up budget (issue: foundation): time from `java -jar` to the login page answering, and
# resident memory once started, for a first start (initdb + schema + demo district) and for
# later starts on the same data. Usage: bench/startup.sh [runs-after-first]   (default 2)
# Builds the jar if missing; uses a scratch folder, never ./data; needs curl and port 8080 free.
set -euo pipefail
cd "$(dirname "$0")/.."
later_runs=${1:-2}
jar=$(ls target/chibo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/chibo-*.jar | grep -v original | head -n 1)
fi
jar=$(realpath "$jar")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  local label=$1
  local start end pid rss pg
  start=$(date +%s%N)
  (cd "$work" && exec java -jar "$jar" --server.port=8080 --chibo.demo.enabled=true > "$work/app.log" 2>&1) &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/login 2>/dev/null | grep -q 200; do
    kill -0 "$pid" 2>/dev/null || { echo "the app stopped; see its log:"; tail -n 30 "$work/app.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  sleep 3 # let the app finish its start-up work (the ready event) before reading memory
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  pg=$(ps -eo rss=,args= | grep "$work/data/postgres" | grep -v grep | awk '{s+=$1} END {print s+0}')
  printf '%-12s login page after %5.1f s   app RSS %4d MB   embedded PostgreSQL RSS %4d MB\n' \
    "$label" "$(echo "($end - $start) / 1000000000" | bc -l)" $((rss / 1024)) $((pg / 1024))
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -n 1)"
run "first start"
for i in $(seq 1 "$later_runs"); do
  run "later start"
done
