#!/usr/bin/env bash
# README command 1: install what is missing, build in Release, start Statecraft on the shipped banks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target statecraft
exec ./build/release/statecraft "$@"
