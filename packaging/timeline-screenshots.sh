#!/usr/bin/env bash
# Retakes the timeline's screenshots, all on the synthetic demo case: the UI tests draw the
# window offscreen into build/default/screenshots (timeline-window.png: the key players' chart
# filtered to the week before the first hotel stay, brushed on the timeline;
# timeline-week-before-hotel.png: the dock alone), and the command line exports the whole
# timeline of the demo's "Key players" chart (timeline-export.png, .svg and .pdf).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/build/default"
QT_QPA_PLATFORM=offscreen bin/threadline_ui_tests "[timeline]"
demo="$top/build/demo/demo.tlcase"
if [[ ! -f "$demo" ]]; then
  bin/threadline-cli scenario --seed 20260101 --size small --out "$top/build/demo/files" \
    --import "$demo"
  bin/threadline-cli chart new "$demo" "Key players" --key-players
fi
for format in png svg pdf; do
  bin/threadline-cli timeline export "$demo" --chart "Key players" --zone America/Phoenix \
    --title "Key players: every dated event" --out "screenshots/timeline-export.$format"
done
echo "screenshots in $top/build/default/screenshots"
