#!/usr/bin/env bash
# Instructions executed per line by one micro-benchmark body, counted by valgrind (cachegrind): unlike time,
# the count does not change with the load other processes put on a shared machine, so small code changes can
# be compared. Runs the body R1 and R2 times and divides the difference by the extra lines, which removes
# start-up, corpus loading and JIT. Tiered compilation is off so that the code measured is optimised from
# the first call (no profile-guided variants: a close, repeatable stand-in for the steady state).
#
#   benchmarks/instructions.sh framing|parsing|source|correlation [R1 R2]
set -euo pipefail
what="${1:?usage: $0 framing|parsing|source|correlation [R1 R2]}"
r1="${2:-2}"
r2="${3:-6}"
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/benchmarks/EsaTls.Benchmarks/bin/Release/net10.0/EsaTls.Benchmarks.dll"
[ -f "$bench" ] || { echo "no $bench: dotnet build -c Release benchmarks/EsaTls.Benchmarks" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 2; }
lines_per_repeat=100000   # Corpus.Lines
count() {
  DOTNET_TieredCompilation=0 valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file \
    --cachegrind-out-file=/dev/null dotnet "$bench" loop "$what" "$1" 2>&1 >/dev/null \
    | awk '/I *refs:/ { gsub(",", "", $NF); print $NF }'
}
a=$(count "$r1")
b=$(count "$r2")
awk -v a="$a" -v b="$b" -v n="$(( (r2 - r1) * lines_per_repeat ))" -v w="$what" \
  'BEGIN { printf "%s: %.0f instructions per line\n", w, (b - a) / n }'
