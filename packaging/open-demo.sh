#!/usr/bin/env bash
# Opens Threadline on the bundled demo case, making it first if it is not there yet
# (packaging/demo-case.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
demo=$("$top/packaging/demo-case.sh")
exec "$top/build/default/bin/threadline" "$demo"
