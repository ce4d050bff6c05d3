#!/usr/bin/env bash
# Opens Threadline on the bundled demo case, creating it first if it is not there yet: the small
# training scenario with a fixed seed (a fictitious trafficking case: ads, two seized phones,
# payment and bank exports, hotel receipts and a lease, a mailbox; no real person's data).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build/default"
demo="$top/build/demo"
seed=20260101

if [[ ! -f "$demo/demo.tlcase" ]]; then
  rm -rf "$demo"
  "$build/bin/threadline-cli" scenario --seed "$seed" --size small --out "$demo/files" \
    --import "$demo/demo.tlcase"
  "$build/bin/threadline-cli" link-similar "$demo/demo.tlcase"
  # A first chart, so the window opens on the network: the key players and their strongest ties.
  "$build/bin/threadline-cli" chart new "$demo/demo.tlcase" "Key players" --key-players
  echo "demo case: $demo/demo.tlcase (answer key for trainers: $demo/files/answer-key.json)"
fi
exec "$build/bin/threadline" "$demo/demo.tlcase"
