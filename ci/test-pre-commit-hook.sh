#!/usr/bin/env bash
# Tests the benchproof-validate hook of .pre-commit-hooks.yaml: first its entry exactly as written,
# run on golden artifacts the way pre-commit runs it (entry + file names); then, when pre-commit is
# installed, `pre-commit try-repo` of this repository against a temporary git repository holding those
# artifacts. BENCHPROOF_HOME points the hook at this checkout's built jar, so no second build runs.
# Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
ok() { echo "   ok: $1"; passed=$((passed + 1)); }
bad() { echo "   FAILED: $1"; failed=$((failed + 1)); }

entry=$(/usr/bin/python3 -c 'import sys, yaml; hooks = {h["id"]: h for h in yaml.safe_load(open(".pre-commit-hooks.yaml"))}; h = hooks["benchproof-validate"]; assert h["language"] in ("script", "system"); print(h["entry"])')
[[ -n "$entry" ]] && ok "hook benchproof-validate has entry '$entry'" || bad "no benchproof-validate hook"
read -r -a entry_words <<< "$entry"

valid=(golden/safety/pass/m24-benchmark-safety-regression.approved.json
       golden/significance/pass/m24-benchmark-significance.approved.json
       golden/evaluate/minimal/benchmark-m24-rl-suite-policy-a-vs-policy-b-1771197300000.approved.json)
invalid=golden/validate/invalid-json-format/safety-regression-invalid.json

# language: script runs the entry relative to the hook repository's root
if "$root/${entry_words[0]}" "${entry_words[@]:1}" "${valid[@]}" > "$work/valid.out" 2>&1; then
  ok "entry passes on valid golden artifacts"
else
  bad "entry fails on valid golden artifacts: $(cat "$work/valid.out")"
fi
"$root/${entry_words[0]}" "${entry_words[@]:1}" "${valid[@]}" "$invalid" > "$work/invalid.out" 2>&1
code=$?
[[ $code -eq 1 ]] && ok "entry exits 1 when one artifact is invalid" || bad "entry exits $code on an invalid artifact"

if command -v pre-commit >/dev/null 2>&1; then
  repo="$work/consumer"
  mkdir -p "$repo/reports"
  cp "${valid[@]}" "$repo/reports/"
  git -C "$repo" init -q
  git -C "$repo" -c user.name=ci -c user.email=ci@invalid add -A
  git -C "$repo" -c user.name=ci -c user.email=ci@invalid commit -qm artifacts
  export BENCHPROOF_HOME="$root" PRE_COMMIT_HOME="$work/pre-commit-cache"
  if (cd "$repo" && pre-commit try-repo "$root" benchproof-validate --all-files) > "$work/try.out" 2>&1; then
    ok "pre-commit $(pre-commit --version | cut -d' ' -f2) try-repo passes on valid artifacts"
  else
    bad "pre-commit try-repo on valid artifacts: $(cat "$work/try.out")"
  fi
  cp "$invalid" "$repo/reports/"
  git -C "$repo" add -A
  if (cd "$repo" && pre-commit try-repo "$root" benchproof-validate --all-files) > "$work/try-bad.out" 2>&1; then
    bad "pre-commit try-repo passed an invalid artifact"
  elif grep -q 'minimum value of 0' "$work/try-bad.out"; then
    ok "pre-commit try-repo fails on an invalid artifact and shows the error"
  else
    bad "pre-commit try-repo failed without the error: $(cat "$work/try-bad.out")"
  fi
else
  echo "   pre-commit is not installed: only the entry was run"
fi

echo "pre-commit hook: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
