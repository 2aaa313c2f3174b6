#!/bin/bash
# The platform layer in a real window under Xvfb, driven by xdotool: a window at rest stops
# drawing, mouse clicks choose, UTF-8 typing reaches a text field, Ctrl+= rebuilds the fonts at a
# larger scale, F2 switches the theme, Escape quits. Uses bench_platform_frame (beside statecraft).
#   bash tests/e2e/platform_window.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin_dir=$(cd "$(dirname "$1")" && pwd)
demo="$bin_dir/bench_platform_frame"
[ -x "$demo" ] || { echo "missing $demo (build target bench_platform_frame)" >&2; exit 1; }
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 0 "$@"
e2e_workspace "" report

# Starts the demo and waits for its window; sets pid and wid.
start() {
    "$demo" --report "$work/report" "$@" &
    pid=$!
    e2e_wait_window "Statecraft platform frame" 20
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    xdotool mousemove --window "$wid" 1200 700  # park the pointer over empty space
}

# Waits for the demo to exit by itself; returns its status.
finish() {
    local status=0
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && fail "the window did not quit"
    wait "$pid" || status=$?
    pid=
    return $status
}

value() { awk -v k="$1" '$1 == k {sub(/^[^ ]+ /, ""); print}' "$work/report"; }

# 1. At rest: after start-up and a few seconds alone, Escape quits; few frames drawn.
start
sleep 3
xdotool key Escape
finish || fail "exit status $?"
frames=$(value frames)
echo "frames drawn in 3 s at rest (plus start-up and Escape): $frames"
[ "$frames" -lt 30 ] || fail "an idle window kept drawing ($frames frames; 60 fps would be 180)"

# 1b. A screen that asks to be redrawn every 0.5 s (a countdown) gets about 2 frames a second.
start --redraw-after 0.5
sleep 3
xdotool key Escape
finish || fail "exit status $?"
timed=$(value frames)
echo "frames drawn in 3 s with a redraw every 0.5 s: $timed"
[ "$timed" -ge $((frames + 4)) ] && [ "$timed" -lt $((frames + 15)) ] ||
    fail "expected about 6 timed frames more than at rest ($frames), got $timed"

# 2. Mouse, text, scale and theme. The letters are bound to keys first (see the helper: xdotool's
# own on-the-fly binding races with the app reading the event), while the app is connected: an
# X server with no clients left resets its keymap.
typed="Zażółć € 5"
start
python3 "$(dirname "$0")/platform_bind_keys.py" "$typed" || fail "cannot bind keys for typing"
sleep 0.5
xdotool mousemove --window "$wid" 150 236 click 1   # "2  Moscow Treaty" at scale 1
sleep 0.3
xdotool mousemove --window "$wid" 600 400 click 1   # the note field
sleep 0.3
xdotool type --delay 50 "$typed"
xdotool key Return                   # leave the field, keep the text
sleep 0.3
xdotool key ctrl+equal
sleep 0.3
xdotool key F2
sleep 0.3
xdotool key Escape
finish || fail "exit status $?"
[ "$(value choice)" = 2 ] || fail "the click did not choose answer 2"
[ "$(value note)" = "$typed" ] || fail "typed text arrived as '$(value note)'"
[ "$(value scale)" = 1.25 ] || fail "Ctrl+= did not scale to 1.25"
[ "$(value high_contrast)" = 1 ] || fail "F2 did not switch to high contrast"
echo "platform window: idle, click, UTF-8 typing, scale and theme all work"
