#!/usr/bin/env bash
# Registry import benchmark (issue 26). On a copy of the province data set (3,000 branches,
# 100,000 members; bench/province.sh loads it), it
#   1. exports the province's registry as .xlsx (/organizations/{id}/members.xlsx) as staff, then
#      times adding a member, recognizing one and transferring one there (POST, 5 times each);
#   2. starts Chibo on an empty database with a first administrator, makes the same top
#      organization, uploads the file and times its check (the preview) and, once confirmed, its
#      import, sampling the heap outside the young generation (jstat OU) meanwhile.
# Targets: preview < 60 s, import < 60 s, old generation growth < 200 MB, one member's change < 100 ms.
# Usage: bench/import.sh   Environment: PROVINCE_DATA (default data/province), JAVA_OPTS (default
# -XX:+UseSerialGC -Xmx512m). The copy and the empty database live in a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
port=18080
dbport=15433
source_data=$(realpath -m "${PROVINCE_DATA:-data/province}")
java_opts=${JAVA_OPTS:--XX:+UseSerialGC -Xmx512m}
[ -f "$source_data/PG_VERSION" ] || { echo "no province data set in $source_data: run bench/province.sh first"; exit 1; }
jar=$(ls target/chibo-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
[ -n "$jar" ] || { ./mvnw -B -q package -DskipTests; jar=$(ls target/chibo-*.jar | grep -v original | head -n 1); }
jar=$(realpath "$jar")
work=$(mktemp -d -p "${TMPDIR:-/tmp}" chibo-import-bench.XXXX)
pid=
trap 'stop; rm -rf "$work"' EXIT
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
start() { # data dir, extra arguments
  local data=$1; shift
  (cd "$work" && exec java $java_opts -jar "$jar" --server.port=$port --chibo.embedded-db.data-dir="$data" \
    --chibo.embedded-db.port=$dbport "$@" > "$work/app.log" 2>&1) &
  pid=$!
  until curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" 2>/dev/null | grep -q 200; do
    kill -0 "$pid" 2>/dev/null || { tail -n 30 "$work/app.log"; exit 1; }
    sleep 0.5
  done
}
cookies="$work/cookies"
csrf() { curl -s -b "$cookies" -c "$cookies" "http://127.0.0.1:$port$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//'; }
login() { # username password
  rm -f "$cookies"
  curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "_csrf=$(csrf /login)" "http://127.0.0.1:$port/login"
}
post() { # path, form fields...: prints the status and the seconds it took
  local path=$1 token; shift
  token=$(csrf "${FORM_PAGE:-$path}")
  local args=(); for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$cookies" -c "$cookies" "${args[@]}" \
    --data-urlencode "_csrf=$token" "http://127.0.0.1:$port$path"
}
old_used() { jstat -gc "$pid" | awk 'NR == 2 {for (i = 1; i <= NF; i++) if (h[i] == "OU") print int($i / 1024)} NR == 1 {for (i = 1; i <= NF; i++) h[i] = $i}'; }

echo "$(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, $(java -version 2>&1 | head -n 1), JAVA_OPTS=$java_opts"
echo "copying the province data set ..."
cp -a "$source_data" "$work/province"
rm -f "$work/province/postmaster.pid"
start "$work/province"
echo "started on the province (migrations included) in $(grep -o 'Started ChiboApplication in [0-9.]* seconds' "$work/app.log" | grep -o '[0-9.]* seconds')"
login tinhuy chibo-demo
root=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$cookies" "http://127.0.0.1:$port/" | grep -o '[0-9]*$')
code=$(psql -X -q -t -A -h 127.0.0.1 -p $dbport -U postgres -d postgres -c "select code from organization where id = $root" 2>/dev/null \
  || curl -s -b "$cookies" "http://127.0.0.1:$port/organizations/$root" | grep -o 'Mã: [^<]*' | head -n 1 | sed 's/Mã: //')
t0=$(date +%s%N)
curl -s -b "$cookies" -o "$work/province.xlsx" "http://127.0.0.1:$port/organizations/$root/members.xlsx"
echo "export: $(( ($(date +%s%N) - t0) / 1000000 )) ms, $(( $(stat -c %s "$work/province.xlsx") / 1024 / 1024 )) MB"

branches=$(curl -s -b "$cookies" "http://127.0.0.1:$port/dashboard/branches?org=$root" | grep -o 'href="/branches/[0-9]*/meetings' | grep -o '[0-9]*' | uniq)
branch=$(echo "$branches" | sed -n 1p)
other=$(echo "$branches" | sed -n 2p)
other_code=$(curl -s -b "$cookies" "http://127.0.0.1:$port/organizations/$other/manage" | grep -o 'id="code"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"//')
today=$(date +%F)
echo "one member's change on the province (5 each; status and seconds):"
for i in 1 2 3 4 5; do
  echo "  add (admitted this month)      $(FORM_PAGE=/branches/$branch/members/new post "/branches/$branch/members" \
    arrival=ADMITTED "fullName=Đảng Viên Mới $i" gender=FEMALE "admittedOn=$today")"
  # Admitted 13 months ago: the branch's month summaries since then are recounted with the new roll.
  echo "  add (admitted 13 months ago)   $(FORM_PAGE=/branches/$branch/members/new post "/branches/$branch/members" \
    arrival=ADMITTED "fullName=Đảng Viên Thử $i" gender=MALE "admittedOn=$(date -d '-13 months' +%F)")"
  member=$(curl -s -b "$cookies" "http://127.0.0.1:$port/branches/$branch?size=200" | grep -o "href=\"/members/[0-9]*\">Đảng Viên Thử $i<" | grep -o '[0-9]*' | head -n 1)
  [ -n "$member" ] || continue
  echo "  recognize                      $(FORM_PAGE="/members/$member/history/new?kind=RECOGNIZED_FULL" post "/members/$member/history" \
    kind=RECOGNIZED_FULL "occurredOn=$today" decisionNumber=1-QĐ)"
  echo "  transfer                       $(FORM_PAGE="/members/$member/history/new?kind=TRANSFERRED" post "/members/$member/history" \
    kind=TRANSFERRED "occurredOn=$today" "branchCode=$other_code" decisionNumber=2-QĐ)"
done
stop

echo "importing it into an empty database ..."
start "$work/empty" --chibo.bootstrap.admin.username=quantri "--chibo.bootstrap.admin.password=Mat-khau-tam-thoi-1"
login quantri Mat-khau-tam-thoi-1
FORM_PAGE=/account post /account currentPassword=Mat-khau-tam-thoi-1 "newPassword=Một mật khẩu dài cho thử nghiệm" \
  "confirmation=Một mật khẩu dài cho thử nghiệm" > /dev/null
new_root=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" --data-urlencode kind=PROVINCE_COMMITTEE \
  --data-urlencode "name=Tỉnh ủy (nhập thử)" --data-urlencode "code=$code" --data-urlencode "_csrf=$(csrf /organizations)" \
  "http://127.0.0.1:$port/organizations" | grep -o '[0-9]*$')
before=$(old_used)
peak=$before
token=$(csrf "/organizations/$new_root/import")
t0=$(date +%s%N)
job=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" -F "file=@$work/province.xlsx" -F "_csrf=$token" \
  "http://127.0.0.1:$port/organizations/$new_root/import")
wait_job() {
  while curl -s -b "$cookies" "$job" > "$work/job.html" && grep -q 'dòng…' "$work/job.html"; do
    now=$(old_used); [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.5
  done
}
wait_job
checked=$(( ($(date +%s%N) - t0) / 1000000 ))
echo "preview: $checked ms; $(sed 's/<[^>]*>/ /g' "$work/job.html" | tr -s ' \n' ' ' | grep -o 'Tổ chức đảng [0-9 ]*Đảng viên [0-9 ]*' || echo 'no counts')"
grep -o 'Tệp có [0-9]* lỗi' "$work/job.html" || true
token=$(grep -o 'name="_csrf" value="[^"]*"' "$work/job.html" | head -n 1 | sed 's/.*value="//;s/"//')
t0=$(date +%s%N)
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "_csrf=$token" "$job/confirm"
wait_job
imported=$(( ($(date +%s%N) - t0) / 1000000 ))
grep -q 'Đã nhập xong' "$work/job.html" && result=imported || result="NOT imported"
echo "import: $imported ms ($result); old generation $before MB before, $peak MB at most: +$(( peak - before )) MB"
stop
