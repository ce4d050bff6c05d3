#!/usr/bin/env bash
# Opens Threadline on the bundled demo case, creating it first if it is not there yet.
# Until the scenario generator lands, the demo case holds the synthetic test fixtures: ads, a
# phone-extraction report, call and transfer tables and a photo (no real person's data).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build/default"
demo="$top/build/demo/demo.tlcase"

if [[ ! -f "$demo" ]]; then
  mkdir -p "$(dirname "$demo")"
  "$build/bin/threadline-cli" new "$demo"
  "$build/bin/threadline-cli" import "$demo" --custodian "Demo" \
    "$top/tests/data/ads/candy-phoenix.html" "$top/tests/data/ads/scraped-ads.jsonl" \
    "$top/tests/data/phone/exhibit-AR-12.ufdr" "$top/tests/data/table" "$top/tests/data/image" || true
fi
exec "$build/bin/threadline" "$demo"
