#!/usr/bin/env bash
# A large SQLite store for query timings, fast: the message rows of a real store (an ingest of generated logs)
# are copied inside SQLite COPIES times, each copy shifted one day later per copy (ts, hour), with ids and
# MIDs moved out of the way. The insert trigger keeps hourly_counts right; the indexes are dropped during the
# copy and built again afterwards, then ANALYZE. The doc column (the JSON shown in result rows) and the side
# tables (domains, deliveries) are not shifted: the timings are of the queries below, which do not filter on
# them. (EsaTls.Benchmarks store writes shifted copies through the store's own writer, but at about
# 1,500–2,000 documents/s here that takes well over an hour for 10 M messages.)
#
#   benchmarks/bigstore.sh SOURCE.db TARGET.db COPIES      (needs the sqlite3 shell)
set -euo pipefail
src="${1:?usage: $0 SOURCE.db TARGET.db COPIES}"
dst="${2:?usage: $0 SOURCE.db TARGET.db COPIES}"
copies="${3:?usage: $0 SOURCE.db TARGET.db COPIES}"
[ ! -e "$dst" ] || { echo "$dst exists: the target must be new" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 shell" >&2; exit 2; }
sqlite3 "$src" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
cp "$src" "$dst"
last=$(sqlite3 "$dst" "SELECT max(msg) FROM messages")
indexes=$(sqlite3 "$dst" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL")
names=$(sqlite3 "$dst" "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'messages' AND sql IS NOT NULL")
cols="id, ts, hour, host, mid, direction, sender_domain, source_ip, receive_status, receive_version, receive_error, deliver_status, lacked, unknown, final, doc"
{
  echo "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -1000000; BEGIN;"
  for n in $names; do echo "DROP INDEX $n;"; done
  for k in $(seq 1 "$copies"); do
    echo "INSERT INTO messages ($cols) SELECT id || '.$k', ts + $k * 86400000, hour + $k * 24, host, mid + $k * 100000000, direction, sender_domain, source_ip, receive_status, receive_version, receive_error, deliver_status, lacked, unknown, final, doc FROM messages WHERE msg <= $last;"
  done
  echo "COMMIT; PRAGMA cache_size = -1000000;"
  echo "$indexes"
  echo "ANALYZE; PRAGMA journal_mode = WAL;"
} | sqlite3 "$dst" >/dev/null
sqlite3 "$dst" "SELECT count(*) || ' messages, ' || (SELECT sum(n) FROM hourly_counts) || ' counted' FROM messages"
