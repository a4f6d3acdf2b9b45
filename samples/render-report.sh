#!/usr/bin/env bash
# Renders an OitChecker report.html to a PNG with headless Chromium, fully offline:
# a fresh profile, no background networking, and a proxy that points at a closed local port,
# so any request the page tried to make would fail instead of leaving the machine.
#
#   samples/render-report.sh reports/muangklaeng/latest/report.html report.png [width] [height]
#
# Needs Debian's `chromium` (apt-get install chromium) and, for Thai text, a Thai font
# (fonts-thai-tlwg or fonts-noto-core).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 <report.html> <out.png> [width=1280] [height=3200]" >&2
  exit 2
fi

html=$(realpath "$1")
out=$(realpath -m "$2")
width=${3:-1280}
height=${4:-3200}
browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ]; then
  echo "chromium not found; install it (apt-get install chromium) or set CHROMIUM=/path/to/chrome" >&2
  exit 3
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

timeout 120 "$browser" \
  --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-default-apps --disable-extensions --hide-scrollbars \
  --proxy-server="http://127.0.0.1:9" --proxy-bypass-list="<-loopback>" \
  --user-data-dir="$profile" \
  --window-size="${width},${height}" \
  --screenshot="$out" \
  "file://${html}" >/dev/null 2>&1

test -s "$out"
echo "$out"
