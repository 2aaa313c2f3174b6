#!/bin/bash
# Real browsers (Debian chromium + chromium-driver through python3-selenium, headless) against the
# real live-classroom server: see tests/e2e/live_browser.py. Label "live"; exit 77 only when the
# browser, its driver or selenium is missing.
#   bash tests/e2e/live_browser.sh BUILD_DIR/statecraft SOURCE_DIR [SCREENSHOT_DIR]
set -euo pipefail
# Debian's python3 (its dist-packages hold python3-selenium), whatever python3 is first on PATH.
exec timeout 280 /usr/bin/python3 "$(dirname "$0")/live_browser.py" "$@"
