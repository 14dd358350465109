#!/usr/bin/env bash
# Renders every golden report.html with headless Chromium, as a person would see it, into PNGs under
# OUT (default target/rendered-reports), and fails on a blank page, a console message or any request
# the page makes (the network is blocked: every host name resolves to nothing; the NetLog still
# records each attempt). Two control pages first prove each check can fail.
#   ci/render-reports.sh [OUT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:-target/rendered-reports}
mkdir -p "$out"
chromium=$(command -v chromium || command -v chromium-browser || true)
[[ -n "$chromium" ]] || { echo "render-reports: chromium is not installed" >&2; exit 2; }

# render PAGE PNG: screenshot at 640 px wide (the width the plots must stay legible at), NetLog and stderr beside the PNG.
render() {
  local page=$1 png=$2 profile
  profile=$(mktemp -d)
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-default-apps \
    --host-resolver-rules="MAP * ~NOTFOUND" --log-net-log="${png%.png}.netlog.json" \
    --enable-logging=stderr --log-level=0 --window-size=640,2600 --screenshot="$png" \
    "file://$(realpath "$page")" > /dev/null 2> "${png%.png}.stderr.log" || true
  rm -rf "$profile"
  [[ -s "$png" ]] || { echo "render-reports: chromium wrote no screenshot of $page" >&2; cat "${png%.png}.stderr.log" >&2; return 1; }
}

check() {
  local png=$1
  /usr/bin/python3 ci/rendered_page.py check "$png" "${png%.png}.netlog.json" "${png%.png}.stderr.log"
}

controls="$out/controls"
mkdir -p "$controls"
printf '<!DOCTYPE html><html><body></body></html>\n' > "$controls/blank.html"
printf '<!DOCTYPE html><html><body><h1>control</h1><img src="http://example.invalid/a.png" alt="x"><script>console.error("control error")</script></body></html>\n' > "$controls/leaky.html"
render "$controls/blank.html" "$controls/blank.png"
render "$controls/leaky.html" "$controls/leaky.png"
{ check "$controls/blank.png" || true; } | grep -q "blank page" || { echo "render-reports: the blank-page check missed a blank page" >&2; exit 1; }
leaky=$(check "$controls/leaky.png" || true)
grep -q "requested http://example.invalid/a.png" <<< "$leaky" || { echo "render-reports: the request check missed a request" >&2; exit 1; }
grep -q "control error" <<< "$leaky" || { echo "render-reports: the console check missed a console error" >&2; exit 1; }

status=0
count=0
while IFS= read -r page; do
  name=$(dirname "${page#golden/}" | tr '/' '-')
  png="$out/$name.png"
  render "$page" "$png"
  if problems=$(check "$png"); then
    /usr/bin/python3 ci/rendered_page.py crop "$png"
    count=$((count + 1))
  else
    echo "render-reports: $page:"; echo "$problems" | sed 's/^/  /'
    status=1
  fi
done < <(find golden -name 'report.approved.html' | sort)
echo "render-reports: $count report pages rendered without problems into $out (status $status)"
exit $status
