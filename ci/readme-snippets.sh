#!/usr/bin/env bash
# Runs the README's TypeScript and Python snippets exactly as written (extracted from README.md), in a
# directory holding what they expect: schemas-out/ (benchproof schemas --export) and the example proof
# in out/. Each snippet must print nothing on a valid proof and report errors on a broken one.
# TypeScript runs with tsx from ci/node_modules (pinned in ci/package-lock.json; `npm ci --prefix ci`
# first). Python needs python-jsonschema >= 4.18 (the `referencing` API): it is installed into a venv
# when a reachable package index has it; otherwise the reason is printed and the snippet is skipped.
# Usage: ci/readme-snippets.sh [JAR]. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
jar="${1:-$root/target/benchproof.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
ok() { echo "   ok: $1"; passed=$((passed + 1)); }
bad() { echo "   FAILED: $1"; failed=$((failed + 1)); }

# snippet LANG NEEDLE: the first ```LANG block of the README that contains NEEDLE (the README has other
# blocks in the same language, e.g. the episode-record export loop)
snippet() {
  awk -v lang="$1" -v needle="$2" '$0 == "```" lang {on=1; buf=""; next}
    on && $0 == "```" {on=0; if (index(buf, needle)) {printf "%s", buf; exit}; next}
    on {buf = buf $0 "\n"}' README.md
}
snippet ts Ajv2020 > "$work/readme.ts"
snippet python Draft202012Validator > "$work/readme.py"
[[ -s "$work/readme.ts" && -s "$work/readme.py" ]] || { bad "README has no ts or python snippet"; echo "readme snippets: $passed passed, $failed failed"; exit 1; }

proof=out/m24-benchmark-proof-m24-example-pass.json
for case in valid broken; do
  mkdir -p "$work/$case"
  (cd "$work/$case" && java -jar "$jar" schemas --export schemas-out >/dev/null \
    && java -jar "$jar" proof --baseline-samples "$root/examples/pass/baseline.json" \
         --trained-samples "$root/examples/pass/trained.json" --run-id m24-example-pass --output-dir out >/dev/null) \
    || { bad "cannot prepare the $case directory"; continue; }
  cp "$work/readme.ts" "$work/readme.py" "$work/$case/"
done
# broken: a p_value above 1 and an unknown member
/usr/bin/python3 - "$work/broken/$proof" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["significance"]["p_value"] = 7
p["unexpected"] = True
json.dump(p, open(sys.argv[1], "w"))
PY

# run_snippet LABEL DIR COMMAND...: valid must print nothing, broken must name the bad value
run_snippet() {
  local label="$1"; shift
  local out
  out=$(cd "$work/valid" && "$@" 2>&1)
  if [[ $? -eq 0 && -z "$out" ]]; then ok "$label: silent on the valid proof"; else bad "$label on the valid proof: $out"; fi
  out=$(cd "$work/broken" && "$@" 2>&1)
  if grep -q "p_value" <<< "$out"; then ok "$label: reports the broken proof ($(head -1 <<< "$out" | cut -c1-80))"; else bad "$label on the broken proof: $out"; fi
}

# The snippet resolves ajv from a node_modules beside it, as in a user's project.
if [[ -x "$root/ci/node_modules/.bin/tsx" ]]; then
  ln -s "$root/ci/node_modules" "$work/valid/node_modules"
  ln -s "$root/ci/node_modules" "$work/broken/node_modules"
  run_snippet "TypeScript snippet ($("$root/ci/node_modules/.bin/tsx" --version | head -1))" \
    "$root/ci/node_modules/.bin/tsx" readme.ts
else
  bad "tsx is not installed: run npm ci --prefix ci"
fi

venv="$work/venv"
reason=""
if ! /usr/bin/python3 -m venv "$venv" > "$work/venv.log" 2>&1; then
  reason="python3 -m venv failed (Debian needs python3-venv): $(tail -1 "$work/venv.log")"
elif ! "$venv/bin/pip" install -q --retries 1 --timeout 20 'jsonschema>=4.18' > "$work/pip.log" 2>&1; then
  reason="no reachable package index serves jsonschema>=4.18 ($(grep -m1 -E 'ERROR|error' "$work/pip.log" | cut -c1-160))"
fi
if [[ -z "$reason" ]]; then
  version=$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("jsonschema"), "referencing", version("referencing"))')
  run_snippet "Python snippet (jsonschema $version)" "$venv/bin/python" readme.py
else
  echo "   skipped the Python snippet: $reason"
  echo "   (ci/check_jsonschema.py still checks every golden file with Debian's python3-jsonschema)"
fi

echo "readme snippets: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
