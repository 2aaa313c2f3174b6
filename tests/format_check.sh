#!/usr/bin/env bash
# CI's format check: every C++ file under game/ and tests/ is as clang-format (Debian 12's, with
# the repository's .clang-format) would write it. Fix with: clang-format -i FILE...
# Usage: format_check.sh <source-dir>
set -euo pipefail
cd "$1"
if ! command -v clang-format >/dev/null; then
    echo "FAIL: clang-format is not installed (it is in .ci/packages.txt: bash .ci/install-deps.sh)"
    exit 1
fi
find game tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z |
    xargs -0 clang-format --dry-run -Werror
echo "format: clean"
