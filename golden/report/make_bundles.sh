#!/usr/bin/env bash
# Inputs of the report golden cases: each bundle/ is the approved output of golden/proof/pass, under the
# names proof wrote (the .approved infix dropped), and the pass case's samples. Re-run after approving a
# change to golden/proof/pass. changed-report/ then gets one edit the proof's digest no longer matches.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for case in pass-with-samples changed-report; do
  rm -rf "$case/bundle"
  mkdir -p "$case/bundle"
  for f in ../proof/pass/m24-*.approved.json; do
    name=$(basename "$f")
    cp "$f" "$case/bundle/${name/.approved/}"
  done
done
cp ../proof/pass/baseline.json ../proof/pass/trained.json pass-with-samples/
sed -i 's/"version": "v1"/"version": "v2"/' changed-report/bundle/m24-benchmark-significance.json
