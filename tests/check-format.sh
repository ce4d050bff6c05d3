#!/usr/bin/env bash
# Fails when a C++ file under app/, core/, ui/, tests/ or bench/ is not clang-formatted.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find app core ui tests bench -name '*.cpp' -o -name '*.h' | sort)
clang-format --dry-run -Werror "${files[@]}"
echo "clang-format: ${#files[@]} files formatted"
