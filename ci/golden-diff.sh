#!/usr/bin/env bash
# Shows every pending golden change: `diff -u approved received` for each *.received.* file the
# golden tests left under golden/ (a missing approved file diffs against /dev/null).
# Exit status: 0 nothing pending, 1 something to review.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pending=0
while IFS= read -r -d '' received; do
  approved="${received/.received./.approved.}"
  pending=$((pending + 1))
  if [[ -f "$approved" ]]; then
    diff -u --label "$approved" --label "$received" "$approved" "$received" || true
  else
    diff -u --label "/dev/null (new: $approved)" --label "$received" /dev/null "$received" || true
  fi
done < <(find golden -name '*.received.*' -type f -print0 | sort -z)
echo "$pending pending golden file(s); approve with ci/golden-approve.sh" >&2
[[ $pending -eq 0 ]]
