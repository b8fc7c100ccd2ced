#!/usr/bin/env bash
# Backs up and restores the embedded database's data folder (what `./mvnw spring-boot:run` and
# `java -jar` use when no database is configured). The copy is taken cold: stop Chibo first, so
# that the folder is consistent; the backup takes seconds for a district and under a minute for a
# province (4 GB). With your own PostgreSQL, use its pg_dump and pg_restore instead (README).
#
#   deploy/backup.sh backup  <data folder> <archive.tar.gz>
#   deploy/backup.sh restore <archive.tar.gz> <data folder>     (the folder must not exist or be empty)
#
# Restored, the folder starts as it was at the backup; Chibo's migrations bring an older backup up
# to the running version at the next start.
set -euo pipefail

usage() { sed -n '6,8p' "$0" | sed 's/^# *//'; exit 2; }
[ $# -eq 3 ] || usage

running() { # data folder: whether a PostgreSQL server is running on it
  local pid
  [ -f "$1/postmaster.pid" ] || return 1
  pid=$(head -n 1 "$1/postmaster.pid")
  kill -0 "$pid" 2>/dev/null
}

case "$1" in
  backup)
    data=$2 archive=$3
    [ -f "$data/PG_VERSION" ] || { echo "$data is not a PostgreSQL data folder" >&2; exit 1; }
    if running "$data"; then
      echo "Chibo (its PostgreSQL) is still running on $data: stop it first" >&2
      exit 1
    fi
    tmp="$archive.partial"
    tar -czf "$tmp" -C "$data" --exclude=postmaster.pid --exclude=epg-lock .
    mv "$tmp" "$archive"
    echo "backed up $data to $archive ($(du -h "$archive" | cut -f1), PostgreSQL $(cat "$data/PG_VERSION"))"
    ;;
  restore)
    archive=$2 data=$3
    [ -f "$archive" ] || { echo "no archive $archive" >&2; exit 1; }
    if [ -d "$data" ] && [ -n "$(ls -A "$data")" ]; then
      echo "$data is not empty: move it away first" >&2
      exit 1
    fi
    mkdir -p "$data"
    tar -xzf "$archive" -C "$data"
    chmod 700 "$data"
    echo "restored $archive into $data"
    ;;
  *) usage ;;
esac
