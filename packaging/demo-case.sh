#!/usr/bin/env bash
# Makes the bundled demo case if it is not there yet and prints its path: the small training
# scenario with a fixed seed (a fictitious trafficking case: ads, two seized phones, payment and
# bank exports, hotel receipts and a lease, a mailbox; no real person's data), its similar ads
# linked, and a first chart of the key players and their strongest ties. The app opens on it
# (open-demo.sh) and the screenshot scripts draw from it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build/default"
demo="$top/build/demo"
seed=20260101

if [[ ! -f "$demo/demo.tlcase" ]]; then
  rm -rf "$demo"
  "$build/bin/threadline-cli" scenario --seed "$seed" --size small --out "$demo/files" \
    --import "$demo/demo.tlcase" >&2
  "$build/bin/threadline-cli" link-similar "$demo/demo.tlcase" >&2
  "$build/bin/threadline-cli" chart new "$demo/demo.tlcase" "Key players" --key-players >&2
  echo "demo case: $demo/demo.tlcase (answer key for trainers: $demo/files/answer-key.json)" >&2
fi
echo "$demo/demo.tlcase"
