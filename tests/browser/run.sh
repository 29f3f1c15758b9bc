#!/bin/sh
# The report in a real browser (issue #4): writes the page with itzones, opens it in Debian's
# Chromium headless with a fresh profile and every name resolution failing, dumps the DOM, logs
# the network and takes a screenshot, then checks them with check_page.py.
#
#   run.sh ITZONES SHOT.png REGIONS.csv CHARTS -- REPORT-ARGUMENTS...
#
# CHARTS: the data-chart names that must each show one mark per region of REGIONS.csv.
# SHOT.png: where the screenshot is kept (docs/report.md shows one).
# Exit 77 (CTest's skip code) only when chromium is not installed.
set -eu

itzones=$1 shot=$2 regions=$3 charts=$4
shift 4
[ "$1" = "--" ] && shift

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "************************************************************"
  echo "SKIPPED: chromium not installed (scripts/browser-deps.sh installs it)"
  echo "************************************************************"
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
page="$tmp/report.html"

echo "+ itzones report $* -o $page"
"$itzones" report "$@" -o "$page" 2>"$tmp/stderr"
cat "$tmp/stderr"

flags="--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking
 --disable-component-update --disable-sync --hide-scrollbars"
# A fresh profile each time; any host name resolves to nothing, so a request could not succeed
# unnoticed, and the net log records every one that was tried.
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --user-data-dir="$tmp/profile-dom" --host-resolver-rules="MAP * ~NOTFOUND" \
  --log-net-log="$tmp/net.json" --dump-dom "file://$page" >"$tmp/dom.html" 2>"$tmp/chromium-dom.log" ||
  { cat "$tmp/chromium-dom.log"; echo "FAIL: chromium --dump-dom"; exit 1; }
# A canary page that does load something: the net log check must see its request.
printf '<!DOCTYPE html><title>canary</title><img src="http://canary.invalid/x.png" alt="">\n' >"$tmp/canary.html"
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --user-data-dir="$tmp/profile-canary" --host-resolver-rules="MAP * ~NOTFOUND" \
  --log-net-log="$tmp/canary-net.json" --dump-dom "file://$tmp/canary.html" >/dev/null 2>"$tmp/chromium-canary.log" ||
  { cat "$tmp/chromium-canary.log"; echo "FAIL: chromium on the canary page"; exit 1; }
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --user-data-dir="$tmp/profile-shot" --host-resolver-rules="MAP * ~NOTFOUND" \
  --window-size=1200,1400 --screenshot="$tmp/shot.png" "file://$page" >"$tmp/chromium-shot.log" 2>&1 ||
  { cat "$tmp/chromium-shot.log"; echo "FAIL: chromium --screenshot"; exit 1; }
[ -s "$tmp/shot.png" ] || { cat "$tmp/chromium-shot.log"; echo "FAIL: no screenshot"; exit 1; }

python3 "$(dirname "$0")/check_page.py" --html "$page" --dom "$tmp/dom.html" --netlog "$tmp/net.json" \
  --canary-netlog "$tmp/canary-net.json" --png "$tmp/shot.png" --regions "$regions" --charts "$charts"
mkdir -p "$(dirname "$shot")"
cp "$tmp/shot.png" "$shot"
echo "screenshot: $shot"
