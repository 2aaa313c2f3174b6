#!/usr/bin/env bash
# README command 2: install what is missing, build Release and the sanitizer build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
for preset in release dev; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset"
done
