#!/usr/bin/env bash
# Page benchmark on the demo district: starts the built app on a scratch embedded database,
# logs in as each role, warms up, then drives pages with wrk (Debian's package, installed when
# missing) from a separate process at fixed concurrency, and prints requests per second and
# latency percentiles for each page. Traffic stays on 127.0.0.1. Usage:
#   bench/pages.sh [seconds-per-page] [connections]      (defaults: 10, 4)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-4}
port=18080
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
jar=$(ls target/chibo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/chibo-*.jar | grep -v original | head -n 1); }
jar=$(realpath "$jar")
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && exec java -jar "$jar" --server.port=$port --chibo.demo.enabled=true > "$work/app.log" 2>&1) &
pid=$!
until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null | grep -q 200; do
  kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/app.log"; exit 1; }
  sleep 0.2
done

login() { # prints the session cookie of a logged-in user
  local jar="$work/cookies-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=chibo-demo" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
  awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar"
}

run() { # label, user, path
  local cookie script
  cookie=$(login "$2")
  script="$work/wrk.lua"
  printf 'wrk.headers["Cookie"] = "%s"\n' "$cookie" > "$script"
  cat >> "$script" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%d %.1f %.1f %.1f %.1f %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.errors.status + summary.errors.connect + summary.errors.timeout))
end
LUA
  # warm up, then measure
  wrk -t1 -c"$connections" -d3s -s "$script" "http://127.0.0.1:$port$3" > /dev/null
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$script" "http://127.0.0.1:$port$3" | tail -n 1)
  read -r n p50 p95 p99 rps errors <<< "$out"
  printf '%-34s %7s req/s   p50 %6s ms   p95 %6s ms   p99 %6s ms   errors %s\n' "$1" "$rps" "$p50" "$p95" "$p99" "$errors"
}

month=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
echo "$(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $connections connections, ${seconds}s a page, $(java -version 2>&1 | head -n 1)"
run "district dashboard"          huyenuy  "/dashboard?period=$month"
run "branch table (district)"     huyenuy  "/dashboard/branches?period=$month"
run "annual report (district)"    huyenuy  "/reports/annual"
run "organization page"           huyenuy  "/organizations/1"
run "branch page (secretary)"     bithu    "/branches/37"
run "meeting page (secretary)"    bithu    "/branches/37/meetings/$month"
run "member start page /me"       dangvien "/me"
rss=$(ps -o rss= -p "$pid" | tr -d ' ')
echo "app resident memory after the run: $((rss / 1024)) MB"
