#!/usr/bin/env bash
# compare on 100 runs x 50 tasks x 1,000 episodes per arm (5M records per arm, 10M in all), CSV and
# JSON Lines, under -Xmx1g: wall time and peak RSS (GNU time). See bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${BENCH_RUNS:-100} tasks=${BENCH_TASKS:-50} episodes=${BENCH_EPISODES:-1000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
[[ -f target/benchproof.jar ]] || mvn -B -q -o package -DskipTests
for fmt in csv jsonl; do
  java bench/GenRuns.java "$tmp/baseline.$fmt" "$runs" "$tasks" "$episodes" 0.0 1
  java bench/GenRuns.java "$tmp/trained.$fmt" "$runs" "$tasks" "$episodes" 0.02 2
  echo "== $fmt: $(du -h "$tmp/baseline.$fmt" | cut -f1) + $(du -h "$tmp/trained.$fmt" | cut -f1)"
  /usr/bin/time -v java -Xmx1g -jar target/benchproof.jar compare --baseline-runs "$tmp/baseline.$fmt" \
    --trained-runs "$tmp/trained.$fmt" --run-id m24-bench-compare --generated-at 2026-02-15T23:15:00Z \
    --output-dir "$tmp/out-$fmt" > "$tmp/stdout-$fmt" 2> "$tmp/time-$fmt" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time-$fmt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time-$fmt")
  echo "FIGURE compare_${fmt}_$((runs * tasks * episodes * 2)): wall=$wall max_rss=${rss}KB status_line=$(tail -1 "$tmp/stdout-$fmt")"
done
