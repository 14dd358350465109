#!/usr/bin/env bash
# What report generation adds to `proof` on the README example: the README's main command run in a
# fresh JVM each time, alternately without and with --report (BENCH_RUNS each, default 21, after 3
# warm-up runs of each to fill the page cache), wall time per run from date +%s%N. Prints the median
# and quartiles of both and the difference of the medians: the figure, target <= 150 ms.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${BENCH_RUNS:-21}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
now_ns() { date +%s%N; }
"$root/bin/benchproof" --version >/dev/null 2>&1 # build the jar first, so no build is timed
args=(proof --baseline-samples "$root/examples/pass/baseline.json" --trained-samples "$root/examples/pass/trained.json"
  --run-id m24-example-pass --generated-at 2026-02-15T23:15:00Z)
one() { # one [--report]: prints wall ms
  rm -rf "$tmp/out"
  local t0 t1
  t0=$(now_ns)
  "$root/bin/benchproof" "${args[@]}" --output-dir "$tmp/out" "$@" > /dev/null
  t1=$(now_ns)
  echo $(( (t1 - t0) / 1000000 ))
}
for _ in 1 2 3; do one > /dev/null; one --report > /dev/null; done
: > "$tmp/plain"; : > "$tmp/report"
for _ in $(seq "$runs"); do
  one >> "$tmp/plain"
  one --report >> "$tmp/report"
done
[[ -f "$tmp/out/report.html" ]] || { echo "no report written" >&2; exit 1; }
stats() { sort -n "$1" | awk '{v[NR]=$1} END {printf "median=%d q1=%d q3=%d", v[int((NR+1)/2)], v[int((NR+3)/4)], v[int((3*NR+1)/4)]}'; }
median() { sort -n "$1" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
echo "== report overhead, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$root" rev-parse --short HEAD), nproc=$(nproc), load=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
echo "java: $(java -version 2>&1 | head -n 1)"
echo "proof          ($runs runs, ms): $(stats "$tmp/plain")"
echo "proof --report ($runs runs, ms): $(stats "$tmp/report")"
echo "FIGURE report_overhead_ms=$(( $(median "$tmp/report") - $(median "$tmp/plain") )) (target <= 150)"
