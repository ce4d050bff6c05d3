#!/usr/bin/env bash
# Retakes the court exhibit's screenshots, all on the synthetic demo case: the UI test draws the
# exhibit dialog with its preview (exhibit-dialog.png), and the command line exports an exhibit
# of the demo's "Key players" chart with a victim's phone protected, whose pages pdftoppm renders
# (exhibit-page-1.png, exhibit-appendix-*.png, exhibit-timeline-1.png). The demo case is copied
# first: protecting and exporting are audited in the case.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/build/default"
QT_QPA_PLATFORM=offscreen bin/threadline_ui_tests "[exhibit]"
demo=$("$top/packaging/demo-case.sh")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sqlite3 "$demo" ".backup $work/demo.tlcase"
bin/threadline-cli protect "$work/demo.tlcase" "+13185550114" --reason "victim"
bin/threadline-cli exhibit export "$work/demo.tlcase" --chart "Key players" --number GX-14 \
  --prepared-by "Det. A. Example" --timeline --out "$work/GX-14"
pdftoppm -r 110 -png "$work/GX-14/exhibit.pdf" screenshots/exhibit-page
pdftoppm -r 80 -png -f 1 -l 5 "$work/GX-14/appendix.pdf" screenshots/exhibit-appendix
pages=$(pdfinfo "$work/GX-14/appendix.pdf" | awk '/^Pages:/ {print $2}')
pdftoppm -r 80 -png -f "$pages" -l "$pages" "$work/GX-14/appendix.pdf" screenshots/exhibit-methods
pdftoppm -r 70 -png "$work/GX-14/timeline.pdf" screenshots/exhibit-timeline
echo "screenshots in $top/build/default/screenshots"
