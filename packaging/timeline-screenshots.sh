#!/usr/bin/env bash
# Retakes the timeline's screenshots, all on the synthetic demo case: the UI tests draw the
# window offscreen into build/default/screenshots (timeline-window.png: the key players' chart
# filtered to the week before the first hotel stay, brushed on the timeline, with the
# controller's phone (the lease's emergency contact) selected and its line first;
# timeline-week-before-hotel.png: the dock alone), and the command line exports the whole
# timeline of the demo's "Key players" chart (timeline-export.png, .svg and .pdf).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/build/default"
QT_QPA_PLATFORM=offscreen bin/threadline_ui_tests "[timeline]"
demo=$("$top/packaging/demo-case.sh")
for format in png svg pdf; do
  bin/threadline-cli timeline export "$demo" --chart "Key players" --zone America/Phoenix \
    --title "Key players: every dated event" --out "screenshots/timeline-export.$format"
done
# The week before the first hotel stay (arrival 16 Apr 2026 on the demo's first receipt), in the
# zone of the case: only the lines active that week are drawn.
bin/threadline-cli timeline export "$demo" --chart "Key players" --zone America/Phoenix \
  --from 2026-04-09T07:00:00Z --to 2026-04-16T07:00:00Z \
  --title "Key players: the week before the first hotel stay" \
  --out screenshots/timeline-export-week.png
echo "screenshots in $top/build/default/screenshots"
