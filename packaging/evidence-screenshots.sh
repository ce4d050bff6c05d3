#!/usr/bin/env bash
# Retakes the evidence views' screenshots: the UI tests draw the window offscreen into
# build/default/screenshots (evidence-pdf.png: a phone on a PDF receipt; evidence-ocr-receipt.png:
# a scanned receipt read by OCR; evidence-ad.png; evidence-email.png; evidence-tie.png: a tie's
# links; search.png; tables-entities.png), all on the synthetic demo case; then the demo case is
# opened under Xvfb as a user first sees it (evidence-under-xvfb.png).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top/build/default"
QT_QPA_PLATFORM=offscreen bin/threadline_ui_tests "[evidence],[tables]"
Xvfb :9 -screen 0 1920x1080x24 & xvfb=$!
trap 'kill $xvfb' EXIT
sleep 1
DISPLAY=:9 "$top/packaging/open-demo.sh" & app=$!
sleep 8
DISPLAY=:9 xwd -root -silent | convert xwd:- screenshots/evidence-under-xvfb.png
kill $app
echo "screenshots in $top/build/default/screenshots"
