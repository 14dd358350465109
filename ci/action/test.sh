#!/usr/bin/env bash
# Runs the composite action's script step (ci/action/run.sh) locally, as the runner would, with a fake
# GITHUB_STEP_SUMMARY and GITHUB_OUTPUT, on the shipped examples and golden artifacts; checks that
# action.yml passes every input to the script and that the example workflow uses only real inputs.
# Usage: ci/action/test.sh [JAR] (default target/benchproof.jar). Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar="${1:-$PWD/target/benchproof.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
ok() { echo "   ok: $1"; passed=$((passed + 1)); }
bad() { echo "   FAILED: $1"; failed=$((failed + 1)); }

# run_action NAME EXPECTED_EXIT VAR=VALUE... : one action run in a clean environment of inputs
run_action() {
  local name="$1" expected="$2"; shift 2
  mkdir -p "$work/$name"
  : > "$work/$name/summary.md"; : > "$work/$name/output.txt"
  (cd "$work/$name" && env -i PATH="$PATH" HOME="$HOME" ${JAVA_HOME:+JAVA_HOME=$JAVA_HOME} \
      GITHUB_ACTION_PATH="$OLDPWD" GITHUB_STEP_SUMMARY="$work/$name/summary.md" GITHUB_OUTPUT="$work/$name/output.txt" \
      INPUT_JAR="$jar" "$@" bash "$OLDPWD/ci/action/run.sh" > "$work/$name/stdout.txt" 2>&1)
  local code=$?
  if [[ $code -eq $expected ]]; then ok "$name exits $code"; else bad "$name exits $code, expected $expected"; cat "$work/$name/stdout.txt"; fi
}
expect_in() { # name, file, fixed string
  if grep -qF -- "$3" "$work/$1/$2"; then ok "$1: $2 has '$3'"; else bad "$1: $2 lacks '$3'"; cat "$work/$1/$2"; fi
}

root="$PWD"
run_action proof-pass 0 INPUT_COMMAND=proof INPUT_BASELINE_SAMPLES="$root/examples/pass/baseline.json" \
  INPUT_TRAINED_SAMPLES="$root/examples/pass/trained.json" INPUT_RUN_ID=m24-action-pass INPUT_OUTPUT_DIR=out \
  INPUT_GENERATED_AT=2026-02-15T23:15:00Z INPUT_PAIRED=false
expect_in proof-pass output.txt "status=pass"
expect_in proof-pass output.txt "exit-code=0"
expect_in proof-pass output.txt "proof=out/m24-benchmark-proof-m24-action-pass.json"
expect_in proof-pass summary.md "### ✅ benchproof proof passed"
expect_in proof-pass summary.md "proof gate passed: 4 criteria met"
[[ -f "$work/proof-pass/out/m24-benchmark-proof-m24-action-pass.json" ]] && ok "proof-pass wrote the proof" || bad "proof-pass wrote no proof"

run_action proof-fail 1 INPUT_COMMAND=proof INPUT_BASELINE_SAMPLES="$root/examples/fail-reward/baseline.json" \
  INPUT_TRAINED_SAMPLES="$root/examples/fail-reward/trained.json" INPUT_RUN_ID=m24-action-fail INPUT_OUTPUT_DIR=out \
  INPUT_MIN_REWARD_DELTA=0.05
expect_in proof-fail output.txt "status=fail"
expect_in proof-fail stdout.txt "::error file=out/m24-benchmark-proof-m24-action-fail.json,title=min_reward_delta reward_gain_below_threshold::"
expect_in proof-fail summary.md "### ❌ benchproof proof failed"
expect_in proof-fail summary.md "| min_reward_delta reward_gain_below_threshold | min_reward_delta not met"

run_action validate-golden 0 INPUT_COMMAND=validate \
  INPUT_PATHS="$root/golden/safety/pass/m24-benchmark-safety-regression.approved.json $root/golden/significance/pass/m24-benchmark-significance.approved.json"
expect_in validate-golden summary.md "2 files checked, all valid"

run_action validate-invalid 1 INPUT_COMMAND=validate \
  INPUT_PATHS="$root/golden/validate/invalid-json-format/safety-regression-invalid.json"
expect_in validate-invalid output.txt "status=fail"
expect_in validate-invalid summary.md "| /max_safety_regression minimum |"

run_action bad-command 2 INPUT_COMMAND=nope
expect_in bad-command stdout.txt "::error title=benchproof action::command must be proof or validate"

# action.yml: every input reaches the script as INPUT_<NAME> (or setup-java), and the script reads only those
if /usr/bin/python3 - "$root/action.yml" "$root/ci/action/run.sh" "$root/examples/ci/benchproof-gate.yml" <<'PY'
import re, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
script = open(sys.argv[2]).read()
workflow = yaml.safe_load(open(sys.argv[3]))
inputs = set(action["inputs"])
env = action["runs"]["steps"][1]["env"]
problems = []
setup_with = action["runs"]["steps"][0].get("with", {})
for name in inputs:
    if "${{ inputs.%s }}" % name in setup_with.values():
        continue  # consumed by actions/setup-java, not by the script
    var = "INPUT_" + name.upper().replace("-", "_")
    if env.get(var) != "${{ inputs.%s }}" % name:
        problems.append(f"{var} is not mapped from inputs.{name}")
    if var not in script:
        problems.append(f"run.sh never reads {var}")
for var in set(re.findall(r"INPUT_[A-Z_]+", script)) - set(env):
    problems.append(f"run.sh reads {var}, which action.yml does not set")
for job in workflow["jobs"].values():
    for step in job["steps"]:
        if step.get("uses") == "./":
            problems += [f"example workflow passes unknown input {k}" for k in step.get("with", {}) if k not in inputs]
if problems:
    print("\n".join(problems))
sys.exit(1 if problems else 0)
PY
then ok "action.yml maps every input; the example workflow uses only real inputs"; else bad "action.yml / example workflow inputs"; fi

echo "action: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
