#!/usr/bin/env bash
# End-to-end throughput of esatls-ingest beside grep and wc on the same input, in the same session.
# The machine is shared and noisy: every round runs all commands back to back, and ratios are taken per
# round (then the median), so that load which comes and goes hits both sides of each ratio alike.
#
#   benchmarks/throughput.sh [-r ROUNDS] [-m MODES] [-o RESULTS.tsv] LOGDIR
#     MODES: comma list of wc,grep,dry,sqlite (default all); ROUNDS default 3.
#   Environment: INGEST (esatls-ingest.dll, default the Release build), WORK (scratch dir for the
#   store, default $TMPDIR or /tmp), GREP_LOCALE (LC_ALL for grep; default: the session's locale).
set -euo pipefail

rounds=3
modes="wc,grep,dry,sqlite"
results=""
while getopts "r:m:o:" opt; do
  case "$opt" in
    r) rounds="$OPTARG" ;;
    m) modes="$OPTARG" ;;
    o) results="$OPTARG" ;;
    *) echo "usage: $0 [-r ROUNDS] [-m MODES] [-o RESULTS.tsv] LOGDIR" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { echo "usage: $0 [-r ROUNDS] [-m MODES] [-o RESULTS.tsv] LOGDIR" >&2; exit 2; }
logdir="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
ingest="${INGEST:-$root/src/Ingest/bin/Release/net10.0/esatls-ingest.dll}"
work="${WORK:-${TMPDIR:-/tmp}}"
store="$work/esatls-throughput-$$.db"
[ -f "$ingest" ] || { echo "no $ingest: dotnet build -c Release Ingest.sln" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (GNU time)" >&2; exit 2; }
results="${results:-$work/esatls-throughput-$$.tsv}"
trap 'rm -f "$store" "$store-wal" "$store-shm"' EXIT

mapfile -t files < <(find "$logdir" -type f ! -name '*.ndjson' | sort)
[ ${#files[@]} -gt 0 ] || { echo "no files under $logdir" >&2; exit 2; }
bytes=$(cat "${files[@]}" | wc -c)
lines=$(cat "${files[@]}" | wc -l)   # also warms the page cache: every command reads from memory
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

echo "# input: $logdir, ${#files[@]} files, $mb MiB, $lines lines"
echo "# machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "# ingest: $ingest"
printf "round\tcommand\twall_s\tuser_s\tsys_s\tmaxrss_mb\tload1\n" > "$results"

pattern='(ICID|DCID) [0-9]+ TLS (success|failed)'
run() { # name, command...
  local name="$1"; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local t; t=$(mktemp)
  # Output goes to a file, not /dev/null: GNU grep stops at the first match when it writes to /dev/null.
  /usr/bin/time -o "$t" -f "%e\t%U\t%S\t%M" "$@" > "$t.out"
  local line; line=$(cat "$t"); rm -f "$t" "$t.out"
  IFS=$'\t' read -r wall user sys rss <<< "$line"
  printf "%s\t%s\t%s\t%s\t%s\t%.0f\t%s\n" "$round" "$name" "$wall" "$user" "$sys" "$((rss / 1024))" "$load" >> "$results"
}

for round in $(seq 1 "$rounds"); do
  IFS=',' read -ra list <<< "$modes"
  for mode in "${list[@]}"; do
    case "$mode" in
      wc) run wc wc -l "${files[@]}" ;;
      grep) if [ -n "${GREP_LOCALE:-}" ]; then run grep env LC_ALL="$GREP_LOCALE" grep -cE "$pattern" "${files[@]}"
            else run grep grep -cE "$pattern" "${files[@]}"; fi ;;
      dry) run dry-run dotnet "$ingest" files "$logdir" --dry-run ;;
      sqlite) rm -f "$store" "$store-wal" "$store-shm"; run sqlite dotnet "$ingest" files "$logdir" --store "$store" ;;
      *) echo "unknown mode $mode" >&2; exit 2 ;;
    esac
  done
done

# Per command: median wall, CPU, MB/s, lines/s, peak RSS; per round ratio to grep (wall and CPU), median.
awk -F'\t' -v mb="$mb" -v lines="$lines" '
  NR == 1 { next }
  { key = $2; n[key]++; wall[key, n[key]] = $3; cpu[key, n[key]] = $4 + $5; rss[key] = ($6 > rss[key] ? $6 : rss[key])
    w[$1, key] = $3; c[$1, key] = $4 + $5; rounds[$1] = 1; if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
  function median(arr, key, cnt,   i, j, t, v) {
    for (i = 1; i <= cnt; i++) v[i] = arr[key, i]
    for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return cnt % 2 ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
  }
  END {
    printf "\n%-8s %8s %8s %9s %11s %8s %12s %12s\n", "command", "wall s", "cpu s", "MiB/s", "lines/s", "peak MB", "x grep wall", "x grep cpu"
    for (i = 1; i <= k; i++) {
      key = order[i]; mw = median(wall, key, n[key]); mc = median(cpu, key, n[key])
      cnt = 0
      for (r in rounds) if ((r, "grep") in w && (r, key) in w && w[r, "grep"] > 0) { cnt++; rw[key, cnt] = w[r, key] / w[r, "grep"]; rc[key, cnt] = c[r, key] / (c[r, "grep"] > 0 ? c[r, "grep"] : 0.01) }
      xw = cnt ? sprintf("%.2f", median(rw, key, cnt)) : "-"; xc = cnt ? sprintf("%.2f", median(rc, key, cnt)) : "-"
      printf "%-8s %8.2f %8.2f %9.1f %11.0f %8d %12s %12s\n", key, mw, mc, mb / mw, lines / mw, rss[key], xw, xc
    }
  }' "$results"
echo
echo "# raw timings: $results"
