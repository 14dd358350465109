#!/usr/bin/env bash
# Reproducibility check (not a test): runs `proof` and `evaluate` on examples/pass with a fixed
# generation time under every JDK in /usr/lib/jvm (or BENCH_JDKS="dir dir ..."), several locales
# and time zones, with --generated-at and with SOURCE_DATE_EPOCH instead, then asserts that every
# run wrote byte-identical files (sha256sum) and printed the same stdout. Prints a table; exits 1
# on any difference or unexpected exit status.
#
# The jar is built once, by JDK 17 (BENCH_BUILD_JDK), and then run by each JDK.
# tr_TR.UTF-8 and de_DE.UTF-8 are compiled into a temp LOCPATH with localedef when the system
# lacks them (nothing is installed system-wide), so LC_ALL really reaches the C library and the JVM.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

generated_at="2026-02-15T23:15:00Z"
epoch_s="$(date -u -d "$generated_at" +%s)"   # 1771197300
epoch_ms="${epoch_s}000"
baseline="$root/examples/pass/baseline.json"
trained="$root/examples/pass/trained.json"

# --- JDKs: every directory under /usr/lib/jvm with a bin/java, symlinks resolved and deduplicated.
if [ -n "${BENCH_JDKS:-}" ]; then
  read -r -a jdks <<<"$BENCH_JDKS"
else
  jdks=()
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/java" ] || continue
    real="$(readlink -f "$d")"
    case " ${jdks[*]-} " in *" $real "*) ;; *) jdks+=("$real") ;; esac
  done
fi
[ "${#jdks[@]}" -gt 0 ] || { echo "no JDK found under /usr/lib/jvm" >&2; exit 1; }
build_jdk="${BENCH_BUILD_JDK:-$(readlink -f /usr/lib/jvm/java-17-openjdk-amd64 2>/dev/null || echo "${jdks[0]}")}"

# --- Locales.
locpath=""
for loc in tr_TR de_DE; do
  if ! locale -a 2>/dev/null | grep -qix "$loc.utf-\?8"; then
    mkdir -p "$tmp/locale"
    if command -v localedef >/dev/null && localedef -i "$loc" -f UTF-8 "$tmp/locale/$loc.UTF-8" >/dev/null 2>&1 \
        && LOCPATH="$tmp/locale" LC_ALL="$loc.UTF-8" locale charmap 2>/dev/null | grep -qx UTF-8; then
      locpath="$tmp/locale"
    else
      echo "warning: $loc.UTF-8 is not installed and localedef failed: LC_ALL falls back to C for that run" >&2
    fi
  fi
done

echo "== benchproof reproducibility, $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: nproc=$(nproc)"
echo "build: jar built once by $build_jdk ($("$build_jdk/bin/java" -version 2>&1 | head -n 1))"
# Building here, before any run, means no run can trigger a build with a different JDK.
JAVA_HOME="$build_jdk" "$root/bin/benchproof" --version >/dev/null
for jdk in "${jdks[@]}"; do echo "jdk: $jdk: $("$jdk/bin/java" -version 2>&1 | head -n 1)"; done
if [ -n "$locpath" ]; then echo "locales: tr_TR.UTF-8 / de_DE.UTF-8 missing from the system; compiled with localedef into a temp LOCPATH"; fi
echo "default environment: LANG=${LANG:-unset}; every run clears LC_ALL, TZ, JAVA_TOOL_OPTIONS, SOURCE_DATE_EPOCH, BENCHPROOF_JAVA_OPTS first"

# --- Environments: name|VAR=value ... (applied on top of a cleaned environment).
envs=(
  "default|"
  "tr_TR|LC_ALL=tr_TR.UTF-8 JAVA_TOOL_OPTIONS=-Duser.language=tr_-Duser.country=TR"
  "de_DE|LC_ALL=de_DE.UTF-8 JAVA_TOOL_OPTIONS=-Duser.language=de_-Duser.country=DE"
  "Kiritimati|TZ=Pacific/Kiritimati"
  "St_Johns|TZ=America/St_Johns"
)
times=(option sde)

# run NAME JDK ENVSPEC TIME: runs proof and evaluate in $tmp/runs/NAME, records digests.
run() {
  local name="$1" jdk="$2" spec="$3" time="$4" dir="$tmp/runs/$1"
  mkdir -p "$dir"
  local -a env_args=(env -u LC_ALL -u TZ -u JAVA_TOOL_OPTIONS -u SOURCE_DATE_EPOCH
    -u BENCHPROOF_JAVA_OPTS "JAVA_HOME=$jdk")
  [ -n "$locpath" ] && env_args+=("LOCPATH=$locpath")
  local kv
  for kv in $spec; do env_args+=("${kv//_-D/ -D}"); done
  local -a proof_time=(--generated-at "$generated_at") eval_time=(--generated-at-epoch-ms "$epoch_ms")
  if [ "$time" = sde ]; then env_args+=("SOURCE_DATE_EPOCH=$epoch_s"); proof_time=(); eval_time=(); fi

  local proof_rc=0 eval_rc=0
  (cd "$dir" && "${env_args[@]}" "$root/bin/benchproof" proof --baseline-samples "$baseline" \
      --trained-samples "$trained" --run-id m24-repro "${proof_time[@]}" --output-dir proof) \
      >"$dir/proof.stdout" 2>"$dir/proof.stderr" || proof_rc=$?
  (cd "$dir" && "${env_args[@]}" "$root/bin/benchproof" evaluate --baseline-samples "$baseline" \
      --candidate-samples "$trained" --suite-id m24-rl-suite --baseline-policy-id baseline \
      --candidate-policy-id trained "${eval_time[@]}" --output-dir evaluate) \
      >"$dir/evaluate.stdout" 2>"$dir/evaluate.stderr" || eval_rc=$?
  # What the JVM actually saw.
  local props
  props="$(cd "$dir" && "${env_args[@]}" "$jdk/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F' = ' '/^ +(user.language|sun.jnu.encoding|java.specification.version) =/{gsub(/ /,"",$1); v[$1]=$2}
                     END{printf "java%s %s %s", v["java.specification.version"], v["user.language"], v["sun.jnu.encoding"]}')"
  (cd "$dir" && find proof evaluate -type f | LC_ALL=C sort | xargs sha256sum) >"$dir/files.sha256"
  (cd "$dir" && sha256sum proof.stdout evaluate.stdout) >"$dir/stdout.sha256"
  printf '%s|%s|%s|%s|%s|%s|%s|%s\n' "$name" "$props" "$time" "$proof_rc" "$eval_rc" \
    "$(sha256sum <"$dir/files.sha256" | cut -c1-16)" "$(sha256sum <"$dir/stdout.sha256" | cut -c1-16)" \
    "$(wc -l <"$dir/files.sha256")" >>"$tmp/table"
}

: >"$tmp/table"
for jdk in "${jdks[@]}"; do
  jdk_name="$(basename "$jdk")"
  for e in "${envs[@]}"; do
    for t in "${times[@]}"; do
      run "${jdk_name}__${e%%|*}__$t" "$jdk" "${e#*|}" "$t"
    done
  done
done

echo
{
  echo "run|jvm sees (spec lang jnu-encoding)|time|proof_exit|evaluate_exit|files_sha256|stdout_sha256|files"
  cat "$tmp/table"
} | column -t -s '|'

ref="$(head -n 1 "$tmp/table" | cut -d'|' -f1)"
echo
echo "reference run: $ref; its files:"
sed 's/^/  /' "$tmp/runs/$ref/files.sha256"
sed 's/^/  stdout: /' "$tmp/runs/$ref/proof.stdout" "$tmp/runs/$ref/evaluate.stdout"

status=0
while IFS='|' read -r name _ _ prc erc _ _ _; do
  if [ "$prc" != 0 ] || [ "$erc" != 0 ]; then
    echo "FAIL $name: proof exit $prc, evaluate exit $erc"; sed 's/^/  /' "$tmp/runs/$name"/*.stderr; status=1
  fi
  if ! cmp -s "$tmp/runs/$ref/files.sha256" "$tmp/runs/$name/files.sha256"; then
    echo "DIFF $name: output files differ from $ref"; diff "$tmp/runs/$ref/files.sha256" "$tmp/runs/$name/files.sha256" | sed 's/^/  /' || true
    status=1
  fi
  if ! cmp -s "$tmp/runs/$ref/stdout.sha256" "$tmp/runs/$name/stdout.sha256"; then
    echo "DIFF $name: stdout differs from $ref"; diff "$tmp/runs/$ref/proof.stdout" "$tmp/runs/$name/proof.stdout" | sed 's/^/  /' || true
    diff "$tmp/runs/$ref/evaluate.stdout" "$tmp/runs/$name/evaluate.stdout" | sed 's/^/  /' || true
    status=1
  fi
done <"$tmp/table"
runs=$(wc -l <"$tmp/table")
if [ "$status" = 0 ]; then
  echo "RESULT: all $runs runs ($(( runs / ${#envs[@]} / ${#times[@]} )) JDKs x ${#envs[@]} environments x ${#times[@]} time sources) wrote byte-identical files and stdout"
else
  echo "RESULT: differences found across $runs runs"
fi
exit "$status"
