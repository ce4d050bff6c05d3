#!/usr/bin/env bash
# Opens Threadline on the bundled demo case, creating it first if it is not there yet.
# Until the scenario generator lands, the demo case is an empty new case.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build/default"
demo="$top/build/demo/demo.tlcase"

if [[ ! -f "$demo" ]]; then
  mkdir -p "$(dirname "$demo")"
  "$build/bin/threadline-cli" new "$demo"
fi
exec "$build/bin/threadline" "$demo"
