#!/usr/bin/env bash
# Approves pending golden changes: moves each golden/**/*.received.* over its *.approved.* file.
# With arguments, approves only received files under those paths (e.g. golden/proof/pass).
# Review first with ci/golden-diff.sh; then commit the approved files.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
paths=("$@")
[[ ${#paths[@]} -gt 0 ]] || paths=(golden)
count=0
while IFS= read -r -d '' received; do
  approved="${received/.received./.approved.}"
  mv -f -- "$received" "$approved"
  echo "approved $approved"
  count=$((count + 1))
done < <(find "${paths[@]}" -name '*.received.*' -type f -print0 | sort -z)
echo "$count file(s) approved"
