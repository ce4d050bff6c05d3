#!/usr/bin/env bash
# Retakes the chart's screenshots: the UI tests draw them offscreen into
# build/default/screenshots (demo-chart.png, chart-offer.png, chart-context-menu.png,
# undo-history.png, chart-communities.png, and a 10,000-node ad network zoomed out and in:
# chart-10k-overview.png, chart-10k-detail.png), and the demo case is shown under Xvfb as a
# user would see it (demo-under-xvfb.png).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/build/default"
QT_QPA_PLATFORM=offscreen bin/threadline_ui_tests "[chart]"
Xvfb :9 -screen 0 1920x1080x24 & xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
DISPLAY=:9 "$top/packaging/open-demo.sh" & app=$!
sleep 6
DISPLAY=:9 xwd -root -silent | convert xwd:- screenshots/demo-under-xvfb.png
kill $app
echo "screenshots in $top/build/default/screenshots"
