#!/usr/bin/env bash
# Benchmarks (not tests) of benchproof on this machine. Prints two figures:
#   1. `proof` on two 10,000,000-sample files under -Xmx1g: wall time, max RSS, exit status, and
#      whether `validate` accepts what it wrote; plus a per-stage split measured in one JVM.
#   2. one call of Bootstrap.meanDeltaInterval(b, t, 10_000, seed, 0.05) on 10,000 samples per
#      arm, measured with JMH (bench/pom.xml): 5 warm-up + 15 measured single-shot calls.
# Honours JAVA_HOME (else `java` on PATH). Sample files go to a temp dir that is deleted on exit.
# Exit status: 0 when the proof passed and validated, 1 otherwise (targets are reported, not enforced).
# Options: BENCH_SAMPLES (default 10000000), BENCH_MVN_OFFLINE=1 (mvn -o for the JMH module).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
if [ -n "${JAVA_HOME:-}" ]; then java="$JAVA_HOME/bin/java"; else java="java"; fi
samples="${BENCH_SAMPLES:-10000000}"
mvn_flags=(-B -q)
[ "${BENCH_MVN_OFFLINE:-0}" = 1 ] && mvn_flags+=(-o)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

machine() {
  echo "machine: nproc=$(nproc) cpu=\"$(awk -F': ' '/^model name/{print $2; exit}' /proc/cpuinfo 2>/dev/null)\"" \
       "mem=$(awk '/^MemTotal/{printf "%.1fGiB", $2/1048576}' /proc/meminfo 2>/dev/null)" \
       "load=\"$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)\""
  echo "java: $("$java" -version 2>&1 | head -n 1)"
}

echo "== benchproof bench, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
machine

# Build the jar now (bin/benchproof does it on first use), so no build lands in a timing.
"$root/bin/benchproof" --version >/dev/null 2>&1 || "$root/bin/benchproof" --help >/dev/null

echo
echo "== figure 1: proof on two ${samples}-sample files, BENCHPROOF_JAVA_OPTS=-Xmx1g"
t0=$(now_ms)
"$java" "$bench/GenSamples.java" "$tmp/baseline.json" "$samples" 1.0 1
"$java" "$bench/GenSamples.java" "$tmp/trained.json" "$samples" 1.2 2
t1=$(now_ms)
echo "inputs: baseline $(stat -c %s "$tmp/baseline.json") bytes, trained $(stat -c %s "$tmp/trained.json") bytes" \
     "(N(1.0,1) and N(1.2,1), 6 decimals, generated in $((t1 - t0)) ms)"

proof_args=(proof --baseline-samples "$tmp/baseline.json" --trained-samples "$tmp/trained.json"
  --run-id m24-bench --generated-at 2026-02-15T23:15:00Z --output-dir "$tmp/out")
set +e
t0=$(now_ms)
if [ -x /usr/bin/time ]; then
  BENCHPROOF_JAVA_OPTS=-Xmx1g /usr/bin/time -v -o "$tmp/time.txt" "$root/bin/benchproof" "${proof_args[@]}" >"$tmp/proof.out" 2>"$tmp/proof.err"
  proof_rc=$?
else
  BENCHPROOF_JAVA_OPTS=-Xmx1g "$root/bin/benchproof" "${proof_args[@]}" >"$tmp/proof.out" 2>"$tmp/proof.err"
  proof_rc=$?
fi
t1=$(now_ms)
set -e
wall_ms=$((t1 - t0))
rss="n/a (no /usr/bin/time)"
if [ -f "$tmp/time.txt" ]; then
  rss_kb=$(awk -F': ' '/Maximum resident set size/{print $2}' "$tmp/time.txt")
  rss="$((rss_kb / 1024)) MiB"
  cpu="user $(awk -F': ' '/User time/{print $2}' "$tmp/time.txt") s, sys $(awk -F': ' '/System time/{print $2}' "$tmp/time.txt") s"
fi
sed 's/^/proof stdout: /' "$tmp/proof.out"
sed 's/^/proof stderr: /' "$tmp/proof.err"
if "$root/bin/benchproof" validate "$tmp/out" >"$tmp/validate.out" 2>&1; then validate_rc=0; else validate_rc=$?; fi
sed 's/^/validate: /' "$tmp/validate.out"
echo "FIGURE proof_${samples}: wall=${wall_ms} ms, max_rss=${rss}, ${cpu:-}, exit=${proof_rc}, validate_exit=${validate_rc}"

echo "-- per-stage split (one JVM, -Xmx1g, bench/ProofStages.java; the CLI's remainder is JVM start, artifacts, validation, writes)"
"$java" -Xmx1g -cp "$root/target/benchproof.jar" "$bench/ProofStages.java" "$tmp/baseline.json" "$tmp/trained.json"
rm -rf "$tmp"/*.json "$tmp/out"

echo
echo "== figure 2: Bootstrap.meanDeltaInterval(b, t, 10_000, seed, 0.05), 10,000 samples per arm (JMH)"
(cd "$bench" && mvn "${mvn_flags[@]}" package) >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log"; echo "bench module build failed" >&2; exit 1; }
machine
"$java" -cp "$bench/target/classes:$(cat "$bench/target/classpath.txt")" org.openjdk.jmh.Main \
  BootstrapBench -wi 5 -i 15 -f 1 -rf json -rff "$tmp/jmh.json" >"$tmp/jmh.out" 2>&1 \
  || { cat "$tmp/jmh.out"; echo "JMH run failed" >&2; exit 1; }
grep -E '^# (JMH|VM version|Warmup|Measurement)|Iteration|^Benchmark |BootstrapBench\.mean' "$tmp/jmh.out" | grep -v -e '^Result' -e 'result is saved'
awk '/Percentiles/{p=1; next} p && /p\(/{print "  " $0} p && !/p\(/{p=0}' "$tmp/jmh.out" | grep -E 'p\((0|50|100)\.0000\)'
read -r med lo hi <<<"$(awk '/^Iteration/{print $3}' "$tmp/jmh.out" | sort -n | awk '{a[NR]=$1} END{m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f %.1f %.1f", m, a[1], a[NR]}')"
status=$(awk -v m="$med" 'BEGIN{print (m < 2000) ? "met" : "MISSED"}')
echo "FIGURE bootstrap_10k_x_10k: median=${med} ms/call, min=${lo}, max=${hi} (15 calls after 5 warm-ups), target <2000 ms: ${status}"

[ "$proof_rc" = 0 ] && [ "$validate_rc" = 0 ]
