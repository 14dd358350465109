#!/usr/bin/env bash
# benchproof against the tools a user would otherwise run, in the same run, on the same inputs,
# timed in paired rounds (bench/paired.py: every command once per round, in turn; medians):
#
#   validate_1      one golden significance report: benchproof validate | Ajv (one node process,
#                   ajv-formats) | python-jsonschema (one /usr/bin/python3 process)
#   validate_10000  10,000 reports in one call, same three
#   proof_200       benchproof proof on examples/pass (200 samples per arm) | the SciPy equivalent
#                   of the significance step (bench/peers/significance_scipy.py)
#   proof_1000000   the same at 10^6 samples per arm
#   proof_1e7_xmx1g benchproof proof at 10^7 samples per arm under -Xmx1g (no peer: the issue's bound)
#   bootstrap       10^4 resamples x 10^4 samples per arm: benchproof significance |
#                   scipy.stats.bootstrap (bench/peers/bootstrap_scipy.py); then the bootstrap call
#                   alone inside each process (bench/BootstrapTimer.java, cold and warm)
#
# Every time is a whole process as a user waits for it (start-up, reading, computing, writing).
# Each group ends with "RATIO <group> benchproof/<peer>=<x>": below 1 means benchproof is faster.
#
# Environment:
#   BENCH_ROUNDS=5           measured rounds per group (after one warm-up round)
#   BENCH_GROUPS="..."       the groups to run (default: all of the above)
#   BENCH_M24_SCRIPTS=DIR    a checkout of the M24 reference scripts; with BENCH_M24_PROOF_CMD, a
#                            command with {baseline} {trained} {out} placeholders run from DIR, the
#                            proof groups compare against it instead of the SciPy equivalent
#   JAVA_HOME                as for bin/benchproof (it builds the jar and its start-up archive first)
#
# Needs node (Ajv from ci/, installed with npm ci when missing) and /usr/bin/python3 with Debian's
# python3-jsonschema and python3-scipy. Exit status 0 unless a tool is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${BENCH_ROUNDS:-5}"
groups="${BENCH_GROUPS:-validate_1 validate_10000 proof_200 proof_1000000 proof_1e7_xmx1g bootstrap}"
bp="$root/bin/benchproof"
py=/usr/bin/python3
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

if ! "$py" -c 'import jsonschema, scipy, numpy' 2>/dev/null; then
  echo "compare.sh: $py needs python3-jsonschema and python3-scipy (apt-get install -y python3-jsonschema python3-scipy)" >&2
  exit 2
fi
command -v node >/dev/null || { echo "compare.sh: node is needed for Ajv" >&2; exit 2; }
[ -d "$root/ci/node_modules/ajv" ] || npm ci --prefix "$root/ci" --no-audit --no-fund --loglevel=error

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)   commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "cpu: $(nproc) x $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)   load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -2 | tail -1)"
echo "node: $(node --version), ajv $(node -p 'require("'"$root"'/ci/node_modules/ajv/package.json").version')"
echo "python: $("$py" --version 2>&1), jsonschema $("$py" -c 'from importlib.metadata import version; print(version("jsonschema"))'), scipy $("$py" -c 'import scipy; print(scipy.__version__)')"

# The jar and its start-up archive are made before anything is timed.
"$bp" --version >/dev/null
"$bp" schemas --export "$tmp/schemas" >/dev/null

one="$root/golden/significance/pass/m24-benchmark-significance.approved.json"
mkdir -p "$tmp/v10000"
for i in $(seq 1 2500); do
  for k in baseline trained significance safety-regression; do
    cp "$root/golden/proof/pass/m24-benchmark-$k.approved.json" "$tmp/v10000/$k-$i.json"
  done
done

samples() { # N MU SEED -> file (GenSamples: identical bytes on every JDK)
  local file="$tmp/samples-$1-$3.json"
  [ -f "$file" ] || "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$root/bench/GenSamples.java" "$file" "$1" "$2" "$3" >/dev/null
  echo "$file"
}

peer_proof() { # BASELINE TRAINED OUT -> the peer's command
  if [ -n "${BENCH_M24_SCRIPTS:-}" ] && [ -n "${BENCH_M24_PROOF_CMD:-}" ]; then
    local cmd="${BENCH_M24_PROOF_CMD//\{baseline\}/$1}"
    cmd="${cmd//\{trained\}/$2}"
    echo "m24_reference=cd '$BENCH_M24_SCRIPTS' && ${cmd//\{out\}/$3}"
  else
    echo "scipy_significance=$py '$root/bench/peers/significance_scipy.py' '$1' '$2' '$3/scipy.json'"
  fi
}

ratios() { # GROUP: reads paired.py's output, prints benchproof/peer for every peer
  local line
  line="$(grep '^PAIRED ' "$tmp/$1.txt" | cut -d' ' -f2-)"
  "$py" - "$1" "$line" <<'EOF'
import sys
group, pairs = sys.argv[1], dict(p.split("=") for p in sys.argv[2].split())
names = list(pairs)
first = float(pairs[names[0]])
for name in names[1:]:
    print("RATIO %s %s/%s=%.2f" % (group, names[0], name, first / float(pairs[name])))
EOF
}

run_group() { # GROUP VARIANT...
  local group="$1"
  shift
  echo
  echo "== $group (load $(cut -d' ' -f1 /proc/loadavg))"
  "$py" "$root/bench/paired.py" --rounds "$rounds" --cwd "$tmp" "$@" | tee "$tmp/$group.txt"
  ratios "$group"
}

for group in $groups; do
  case "$group" in
    validate_1)
      run_group "$group" "benchproof=$bp validate '$one'" \
        "ajv=node '$root/bench/peers/validate_ajv.mjs' '$tmp/schemas' '$one'" \
        "python_jsonschema=$py '$root/bench/peers/validate_jsonschema.py' '$tmp/schemas' '$one'" ;;
    validate_10000)
      run_group "$group" "benchproof=$bp validate '$tmp/v10000'" \
        "ajv=node '$root/bench/peers/validate_ajv.mjs' '$tmp/schemas' '$tmp/v10000'" \
        "python_jsonschema=$py '$root/bench/peers/validate_jsonschema.py' '$tmp/schemas' '$tmp/v10000'" ;;
    proof_200)
      b="$root/examples/pass/baseline.json" t="$root/examples/pass/trained.json"
      mkdir -p "$tmp/p200"
      run_group "$group" "benchproof=$bp proof --baseline-samples '$b' --trained-samples '$t' --run-id m24-bench --output-dir '$tmp/p200' --generated-at 2026-02-15T23:15:00Z" \
        "$(peer_proof "$b" "$t" "$tmp/p200")" ;;
    proof_1000000)
      b="$(samples 1000000 1.0 11)" t="$(samples 1000000 1.2 12)"
      mkdir -p "$tmp/p1m"
      run_group "$group" "benchproof=$bp proof --baseline-samples '$b' --trained-samples '$t' --run-id m24-bench --output-dir '$tmp/p1m' --generated-at 2026-02-15T23:15:00Z" \
        "$(peer_proof "$b" "$t" "$tmp/p1m")" ;;
    proof_1e7_xmx1g)
      b="$(samples 10000000 1.0 1)" t="$(samples 10000000 1.2 2)"
      run_group "$group" "benchproof=BENCHPROOF_JAVA_OPTS=-Xmx1g $bp proof --baseline-samples '$b' --trained-samples '$t' --run-id m24-bench --output-dir '$tmp/p1e7' --generated-at 2026-02-15T23:15:00Z" ;;
    bootstrap)
      b="$(samples 10000 1.0 13)" t="$(samples 10000 1.2 14)"
      run_group "$group" "benchproof=$bp significance --baseline-samples '$b' --trained-samples '$t' --bootstrap-resamples 10000 --run-id m24-bench --output-report '$tmp/boot/significance.json' --generated-at 2026-02-15T23:15:00Z" \
        "scipy_bootstrap=$py '$root/bench/peers/bootstrap_scipy.py' '$b' '$t' 10000"
      echo "-- inside one process (the bootstrap call alone)"
      echo "benchproof: $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$root/target/benchproof.jar" "$root/bench/BootstrapTimer.java" "$b" "$t" 10000)"
      echo "scipy:      $("$py" "$root/bench/peers/bootstrap_scipy.py" "$b" "$t" 10000)" ;;
    *) echo "compare.sh: unknown group $group" >&2; exit 2 ;;
  esac
done
echo
echo "== done (load $(cut -d' ' -f1-3 /proc/loadavg))"
