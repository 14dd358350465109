#!/usr/bin/env bash
# The script step of the composite action (action.yml at the repository root): finds or builds the
# runnable jar, runs `benchproof proof` or `benchproof validate` with the action's inputs, writes the job
# summary (Markdown) and the step outputs, and exits with benchproof's status (1 fails the job).
# Inputs come as INPUT_<NAME> environment variables (action.yml maps each one); it needs only bash,
# java and, when no jar is given, Maven. ci/action/test.sh runs it locally with a fake GITHUB_STEP_SUMMARY
# and GITHUB_OUTPUT.
set -euo pipefail

action_path="${GITHUB_ACTION_PATH:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
summary_file="${GITHUB_STEP_SUMMARY:-/dev/null}"
output_file="${GITHUB_OUTPUT:-/dev/null}"
command="${INPUT_COMMAND:-proof}"
format="${INPUT_FORMAT:-github}"

fail_usage() { echo "::error title=benchproof action::$1"; exit 2; }

jar="${INPUT_JAR:-}"
if [[ -z "$jar" ]]; then
  jar="$action_path/target/benchproof.jar"
  if [[ ! -f "$jar" ]]; then
    echo "::group::build benchproof.jar"
    mvn -B -q -f "$action_path/pom.xml" -Dmaven.test.skip=true package
    echo "::endgroup::"
  fi
fi
[[ -f "$jar" ]] || fail_usage "no runnable jar at $jar"

args=("$command")
add() { # option, value: added only when the input was given
  if [[ -n "$2" ]]; then args+=("$1" "$2"); fi
}
case "$command" in
  proof)
    add --baseline-samples "${INPUT_BASELINE_SAMPLES:-}"
    add --trained-samples "${INPUT_TRAINED_SAMPLES:-}"
    add --run-id "${INPUT_RUN_ID:-}"
    add --output-dir "${INPUT_OUTPUT_DIR:-}"
    add --generated-at "${INPUT_GENERATED_AT:-}"
    add --suite-name "${INPUT_SUITE_NAME:-}"
    add --suite-version "${INPUT_SUITE_VERSION:-}"
    add --min-reward-delta "${INPUT_MIN_REWARD_DELTA:-}"
    add --max-safety-regression "${INPUT_MAX_SAFETY_REGRESSION:-}"
    add --max-p-value "${INPUT_MAX_P_VALUE:-}"
    add --min-confidence-level "${INPUT_MIN_CONFIDENCE_LEVEL:-}"
    add --baseline-safety-samples "${INPUT_BASELINE_SAFETY_SAMPLES:-}"
    add --trained-safety-samples "${INPUT_TRAINED_SAFETY_SAMPLES:-}"
    add --safety-gate "${INPUT_SAFETY_GATE:-}"
    add --alternative "${INPUT_ALTERNATIVE:-}"
    if [[ "${INPUT_PAIRED:-false}" == "true" ]]; then args+=(--paired); fi
    ;;
  validate)
    add --kind "${INPUT_KIND:-}"
    add --schema "${INPUT_SCHEMA:-}"
    if [[ "${INPUT_ASSERT_FORMATS:-false}" == "true" ]]; then args+=(--assert-formats); fi
    ;;
  *) fail_usage "command must be proof or validate, found '$command'" ;;
esac
args+=(--format "$format")
if [[ "$command" == "validate" ]]; then
  [[ -n "${INPUT_PATHS:-}" ]] || fail_usage "validate needs the paths input"
  read -r -a paths <<< "${INPUT_PATHS}"
  args+=("${paths[@]}")
fi
if [[ -n "${INPUT_EXTRA_ARGS:-}" ]]; then
  read -r -a extra <<< "${INPUT_EXTRA_ARGS}"
  args+=("${extra[@]}")
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
set +e
java ${BENCHPROOF_JAVA_OPTS:-} -jar "$jar" "${args[@]}" | tee "$log"
code=${PIPESTATUS[0]}
set -e

# Outputs: the exit code, pass/fail/error, and for proof the proof's path.
status=$([[ $code -eq 0 ]] && echo pass || { [[ $code -eq 1 ]] && echo fail || echo error; })
proof_path=$(sed -n 's/^proof_status=[a-z]* output=//p' "$log" | tail -1)
{
  echo "exit-code=$code"
  echo "status=$status"
  if [[ -n "$proof_path" ]]; then echo "proof=$proof_path"; fi
} >> "$output_file"

# Job summary: the verdict, then one table row per failed criterion or per error.
unescape() { sed -e 's/%0A/ /g; s/%0D//g; s/%3A/:/g; s/%2C/,/g; s/%25/%/g; s/|/\\|/g'; }
{
  case "$status" in
    pass) echo "### ✅ benchproof $command passed" ;;
    fail) echo "### ❌ benchproof $command failed" ;;
    *) echo "### ⚠️ benchproof $command stopped (exit $code)" ;;
  esac
  echo
  notice=$(sed -n 's/^::notice title=[^:]*:://p' "$log" | unescape | tail -1)
  if [[ -n "$notice" ]]; then echo "$notice"; echo; fi
  if [[ -n "$proof_path" ]]; then echo "Proof: \`$proof_path\`"; echo; fi
  if grep -q '^::error ' "$log"; then
    echo "| file | where | finding |"
    echo "| --- | --- | --- |"
    sed -n 's/^::error file=\([^,]*\),title=\([^:]*\)::\(.*\)$/\1\t\2\t\3/p' "$log" \
      | while IFS=$'\t' read -r file title message; do
          echo "| \`$(unescape <<< "$file")\` | $(unescape <<< "$title") | $(unescape <<< "$message") |"
        done
  fi
} >> "$summary_file"

exit "$code"
