#!/usr/bin/env bash
# Province benchmark (issue 6). Loads the province data set into data/province the first time
# (java -jar … --chibo.generate=province; the load time and database size are printed), then
# starts the app on it with a cold cache, signs in as each role and drives the real pages over
# HTTP with wrk (a separate process) at fixed concurrency. For every page and concurrency it
# prints requests per second, p50/p95/p99 latency, the SQL statements the page ran per request
# and their time (pg_stat_statements, reset before each run), the CPU the app and PostgreSQL spent
# per request (from /proc), and the app's resident memory.
# Then it exports a whole province year of ratings (100,000+ members × 12 months) once and
# reports how much the heap outside the young generation grew meanwhile (jstat samples).
# Metrics stay on as in production: a scraper reads /actuator/prometheus on the management port
# every 15 s throughout, and the time each scrape took is summed up at the end.
# Usage: bench/province.sh [seconds-per-page] [connections ...]   (defaults: 20, 16 64)
# Every page is first driven for WARMUP seconds (default 15) at 4 connections, unmeasured, in rounds
# until the JIT compiler has settled.
# Environment: JAVA_OPTS (default -XX:+UseSerialGC -Xmx512m, as recommended for production in the README),
# GLIBC_TUNABLES (default glibc.malloc.trim_threshold=33554432, as docs/performance.md recommends for the
# embedded PostgreSQL, which inherits it; set it empty to compare without), PROVINCE_DATA (default
# data/province). Traffic stays on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
levels=${*:-16 64}
warmup=${WARMUP:-15}
port=18080
mport=18090
dbport=15433
data=$(realpath -m "${PROVINCE_DATA:-data/province}")
java_opts=${JAVA_OPTS:--XX:+UseSerialGC -Xmx512m}
export GLIBC_TUNABLES=${GLIBC_TUNABLES-glibc.malloc.trim_threshold=33554432}
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}"; fi
jar=$(ls target/chibo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/chibo-*.jar | grep -v original | head -n 1); }
jar=$(realpath "$jar")
work=$(mktemp -d)
pid=
scraper=
trap 'stop; rm -rf "$work"' EXIT

stop() {
  if [ -n "$scraper" ]; then kill "$scraper" 2>/dev/null || true; scraper=; fi
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi
}
start() { # extra arguments for the app
  (cd "$work" && exec java $java_opts -jar "$jar" --server.port=$port --chibo.embedded-db.data-dir="$data" \
    --chibo.embedded-db.port=$dbport --chibo.embedded-db.settings.shared_preload_libraries=pg_stat_statements \
    --management.server.port=$mport "$@" > "$work/app.log" 2>&1) &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null | grep -q 200; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/app.log"; exit 1; }
    sleep 0.2
  done
}
sql() { psql -X -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -c "$1"; }
rss() { echo $(( $(ps -o rss= -p "$pid" | tr -d ' ') / 1024 )); }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
reaped() { awk '{print $16 + $17}' "/proc/$1/stat" 2>/dev/null || echo 0; } # of children that ended
cpu() { # CPU ticks used so far by the app's JVM, and by PostgreSQL (the postmaster and its processes)
  local java_pid pg=0 postmaster p
  java_pid=$(pgrep -f -- "-jar $jar" | head -n 1)
  postmaster=$(head -n 1 "$data/postmaster.pid")
  # Backends that ended (the pool renews its connections) count in the postmaster's reaped time.
  pg=$(reaped "$postmaster")
  for p in $postmaster $(pgrep -P "$postmaster"); do pg=$((pg + $(ticks "$p"))); done
  echo "$(ticks "$java_pid") $pg"
}

echo "$(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), JAVA_OPTS=$java_opts"
if [ ! -f "$data/PG_VERSION" ]; then
  echo "loading the province into $data (once) ..."
  start --chibo.generate=province
  grep -o 'Tỉnh ủy.*ratings\|Data loaded in [0-9]* ms\|Indexes, roll-ups and foreign keys rebuilt in [0-9]* ms\|Statistics gathered in [0-9]* ms' "$work/app.log" || true
  echo "database size: $(sql "select pg_size_pretty(pg_database_size('postgres'))")"
  stop
fi

start
( while sleep 15; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$mport/actuator/prometheus"
  done ) > "$work/scrapes" &
scraper=$!
cold_started=$(date +%s%N)
sql "create extension if not exists pg_stat_statements" > /dev/null
echo "app started on the province; resident memory $(rss) MB"

login() { # prints the cookies of a signed-in user (the session's and the CSRF token's), as a browser sends them
  local jar="$work/cookies-$1" token
  token=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=chibo-demo" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
  awk '$6 == "SESSION" || $6 == "JSESSIONID" || $6 == "XSRF-TOKEN" {printf "%s%s=%s", sep, $6, $7; sep = "; "} END {print ""}' "$jar"
}

report='done = function(summary, latency, requests)
  io.write(string.format("%d %.1f %.1f %.1f %.1f %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end'

# Sign-in as a user does it: each connection gets the form (its CSRF token and the token's cookie), posts it,
# and starts again; both requests are counted. One thread per connection keeps each one in order.
cat > "$work/signin.lua" <<LUA
local state, cookie, token = "form", nil, nil
request = function()
  if state == "form" then return wrk.format("GET", "/login") end
  return wrk.format("POST", "/login", {["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded"},
    "username=xauy&password=chibo-demo&_csrf=" .. token)
end
response = function(status, headers, body)
  if state == "form" then
    cookie = (headers["Set-Cookie"] or ""):match("(XSRF%-TOKEN=[^;]+)")
    token = (body:match('name="_csrf" value="([^"]+)"') or ""):gsub("=", "%%3D")
    state = "post"
  else
    state = "form"
  end
end
$report
LUA

declare -A cookies
max_rss=0
run() { # label, user (or - for none, or signin), path, connections, seconds
  local label=$1 user=$2 path=$3 connections=$4 seconds=$5 script="$work/wrk-$2.lua" threads=2 out code
  if [ "$user" = signin ]; then
    script="$work/signin.lua"; threads=$connections
  else
    if [ "$user" != - ] && [ -z "${cookies[$user]:-}" ]; then cookies[$user]=$(login "$user"); fi
    { [ "$user" = - ] || printf 'wrk.headers["Cookie"] = "%s"\n' "${cookies[$user]}"; echo "$report"; } > "$script"
    # wrk counts a redirect (to the login page, say) as an answer: make sure the page itself answers.
    code=$(curl -s -o /dev/null -w '%{http_code}' ${cookies[$user]:+-b "${cookies[$user]}"} "http://127.0.0.1:$port$path")
    if [ "$code" != 200 ]; then printf '| %-32s | %3s | not measured: HTTP %s |\n' "$label" "$connections" "$code"; return; fi
  fi
  wrk -t"$threads" -c"$connections" -d5s -s "$script" "http://127.0.0.1:$port$path" > /dev/null # warm-up
  sql "select pg_stat_statements_reset()" > /dev/null
  read -r java0 pg0 <<< "$(cpu)"
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -s "$script" "http://127.0.0.1:$port$path" | tail -n 1)
  read -r java1 pg1 <<< "$(cpu)"
  read -r n p50 p95 p99 rps errors <<< "$out"
  read -r calls ms <<< "$(sql "select coalesce(sum(calls), 0), round(coalesce(sum(total_exec_time), 0)::numeric, 1)
    from pg_stat_statements where query not like '%pg_stat_statements%'" | tr '|' ' ')"
  local now; now=$(rss); [ "$now" -gt "$max_rss" ] && max_rss=$now
  printf '| %-32s | %3s | %7s | %7s | %7s | %7s | %5s | %6s | %6s | %6s | %5s | %s |\n' "$label" "$connections" "$rps" \
    "$p50" "$p95" "$p99" \
    "$(awk -v c="$calls" -v n="$n" 'BEGIN {printf "%.1f", n ? c / n : 0}')" \
    "$(awk -v t="$ms" -v n="$n" 'BEGIN {printf "%.2f", n ? t / n : 0}')" \
    "$(awk -v t=$((java1 - java0)) -v h="$hz" -v n="$n" 'BEGIN {printf "%.1f", n ? t * 1000 / h / n : 0}')" \
    "$(awk -v t=$((pg1 - pg0)) -v h="$hz" -v n="$n" 'BEGIN {printf "%.1f", n ? t * 1000 / h / n : 0}')" \
    "$now" "$errors"
}
hz=$(getconf CLK_TCK)

branch=$(sql "select m.branch_id from account a join member m on m.id = a.member_id where a.username = 'bithu.lon'")
commune=$(sql "select g.organization_id from account a join account_grant g on g.account_id = a.id where a.username = 'xauy'")
month=$(sql "select to_char(max(period), 'YYYY-MM') from meeting where branch_id = $branch and status = 'FINALIZED'")
last=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
members=$(sql "select count(*) from member where branch_id = $branch")

# The province dashboard with the app's caches cold: its first requests after the start.
cookies[tinhuy]=$(login tinhuy)
first=$(for i in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total} ' -b "${cookies[tinhuy]}" "http://127.0.0.1:$port/dashboard"; done)
echo "province dashboard, first 5 requests after the start (s): $first"
echo "large branch: id $branch, $members members; its meeting month $month; commune id $commune"
pages() { # the pages measured, as: label, user, path
  cat <<PAGES
login page|-|/login
province dashboard|tinhuy|/dashboard?period=$last
commune dashboard|xauy|/dashboard?period=$last
branch table (province)|tinhuy|/dashboard/branches?period=$last
large branch page|bithu.lon|/branches/$branch
its meeting page|bithu.lon|/branches/$branch/meetings/$month
member /me|dangvien.lon|/me
commune annual report|xauy|/reports/annual
commune ratings export xlsx|xauy|/dashboard/ratings/export.xlsx?period=$last
sign-in (form + post)|signin|/login
PAGES
}

# The JIT compiles the hot paths only after thousands of requests, and on two cores its compiler
# takes a core for minutes: drive every page in rounds until a round spends under 5% of its time
# compiling (at most 8 rounds), so that the figures are those of an app that has been running.
# Sign-ins are warmed in the first round only (each one leaves a session behind).
compile_seconds() { jstat -compiler "$pid" | awk 'NR == 2 {print $4}'; }
echo "warming up: every page for ${warmup}s a round, until the JIT compiler is nearly idle ..."
for round in 1 2 3 4 5 6 7 8; do
  before=$(compile_seconds); started=$(date +%s)
  while IFS='|' read -r label user path; do
    [ "$user" = signin ] && [ "$round" -gt 1 ] && continue
    run "$label" "$user" "$path" 4 "$warmup" > /dev/null
  done <<< "$(pages)"
  spent=$(awk -v a="$before" -v b="$(compile_seconds)" 'BEGIN {printf "%.1f", b - a}')
  took=$(( $(date +%s) - started ))
  echo "  round $round: ${took}s, ${spent}s of it compiling"
  awk -v s="$spent" -v t="$took" 'BEGIN {exit !(s < t * 0.05)}' && break
done

echo
echo '| page | conn. | req/s | p50 ms | p95 ms | p99 ms | SQL/req | SQL ms/req | app CPU ms/req | PG CPU ms/req | RSS MB | errors |'
echo '|---|---|---|---|---|---|---|---|---|---|---|---|'
for c in $levels; do
  while IFS='|' read -r label user path; do
    run "$label" "$user" "$path" "$c" "$seconds"
  done <<< "$(pages)"
done
echo
echo "app resident memory: highest after a run $max_rss MB, now $(rss) MB"

# The year's ratings of the whole province in one file, heap sampled meanwhile.
year=$(date -d "$(date +%Y-%m-01) -1 month" +%Y)
jcmd "$pid" GC.run > /dev/null
base=$(jstat -gc "$pid" | awk 'NR == 2 {printf "%.0f", ($3 + $4 + $8) / 1024}')
( while kill -0 "$pid" 2>/dev/null; do jstat -gc "$pid" | awk 'NR == 2 {printf "%.0f\n", ($3 + $4 + $8) / 1024}'; sleep 0.2; done ) > "$work/heap" &
sampler=$!
read -r code size secs <<< "$(curl -s -o "$work/year.xlsx" -w '%{http_code} %{size_download} %{time_total}' -b "${cookies[tinhuy]}" \
  "http://127.0.0.1:$port/dashboard/ratings/year.xlsx?year=$year")"
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$work/heap" | tail -n 1)
rows=$(unzip -p "$work/year.xlsx" xl/worksheets/sheet1.xml 2>/dev/null | grep -o '<row ' | wc -l || true)
echo "province year export: HTTP $code, $((size / 1024)) KiB, $rows rows, ${secs}s; heap outside eden $base MB before, peak $peak MB (growth $((peak - base)) MB); RSS $(rss) MB"
sort -k2 -n "$work/scrapes" | awk '{n++; if ($1 != 200) bad++; t[n] = $2 * 1000} END {printf "metrics: %d scrapes of /actuator/prometheus (every 15 s), %d failed; median %.0f ms, slowest %.0f ms\n", n, bad, t[int((n + 1) / 2)], t[n]}'
