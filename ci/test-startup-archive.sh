#!/usr/bin/env bash
# The launcher's start-up archive (issue 12) is made and used on each JDK given, and changes nothing
# but speed: the archive file appears beside the jar (no .failed marker), and a proof run through it
# writes the same bytes and prints the same lines as a run with BENCHPROOF_NO_ARCHIVE=1.
# Usage: ci/test-startup-archive.sh JAVA_HOME...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$PWD"
status=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for home in "$@"; do
  version=$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$home/release")
  JAVA_HOME="$home" bin/benchproof --version >/dev/null
  archive=$(find target -maxdepth 1 \( -name "benchproof-*-jdk$version-*.jsa" -o -name "benchproof-*-jdk$version-*.aot" \) | head -1)
  failed=$(find target -maxdepth 1 -name "benchproof-*-jdk$version-*.failed" | head -1)
  if [[ -z "$archive" || -n "$failed" ]]; then
    echo "   FAILED: JDK $version: no start-up archive beside the jar (${failed:-no archive file})"; status=1
    continue
  fi
  for mode in archive plain; do
    out="$tmp/$version-$mode"
    mkdir -p "$out"
    ( # the same relative output directory: the proof records it
      [[ "$mode" == plain ]] && export BENCHPROOF_NO_ARCHIVE=1
      cd "$out" && JAVA_HOME="$home" "$root/bin/benchproof" proof --baseline-samples "$root/examples/pass/baseline.json" \
        --trained-samples "$root/examples/pass/trained.json" --run-id m24-archive-check --output-dir bundle \
        --generated-at 2026-02-15T23:15:00Z > stdout 2>&1
    ) || true
    (cd "$out/bundle" && sha256sum -- * > "$out/digests") || true
  done
  if cmp -s "$tmp/$version-archive/digests" "$tmp/$version-plain/digests" \
      && cmp -s "$tmp/$version-archive/stdout" "$tmp/$version-plain/stdout" && [[ -s "$tmp/$version-plain/digests" ]]; then
    echo "   ok: JDK $version: $(basename "$archive"), the same proof bundle and output with and without it"
  else
    echo "   FAILED: JDK $version: the proof differs with the start-up archive"; status=1
  fi
done
exit $status
