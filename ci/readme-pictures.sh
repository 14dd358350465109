#!/usr/bin/env bash
# Makes the README's pictures of the reports: the README's main command with --report, then
#   docs/report-html.png  report.html as headless Chromium renders it
#   docs/report-md.png    report.md rendered like a pull-request comment (ci/MarkdownPreview.java:
#                         commonmark-java with GFM tables, the parser the Markdown tests use)
# Needs chromium (ci/render-reports.sh checks the same pages in CI), the Maven repository, and an emoji
# font for the Markdown verdict marks (Debian: fonts-noto-color-emoji).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[[ -f target/benchproof.jar ]] || mvn -B -q -DskipTests package
SOURCE_DATE_EPOCH=1771197300 java -jar target/benchproof.jar proof --baseline-samples examples/pass/baseline.json \
  --trained-samples examples/pass/trained.json --run-id m24-example-pass --output-dir "$tmp/out" --report > /dev/null
mvn -B -q dependency:build-classpath -Dmdep.includeGroupIds=org.commonmark -Dmdep.outputFile="$tmp/cp.txt" > /dev/null
java -cp "$(cat "$tmp/cp.txt")" ci/MarkdownPreview.java "$tmp/out/report.md" "$tmp/report-md.html"
mkdir -p docs
shoot() {
  local page=$1 png=$2 profile
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" --no-first-run \
    --disable-background-networking --host-resolver-rules="MAP * ~NOTFOUND" --window-size=800,3000 \
    --screenshot="$png" "file://$page" > /dev/null 2>&1
  rm -rf "$profile"
  /usr/bin/python3 ci/rendered_page.py crop "$png"
}
shoot "$tmp/out/report.html" docs/report-html.png
shoot "$tmp/report-md.html" docs/report-md.png
echo "wrote docs/report-html.png and docs/report-md.png"
