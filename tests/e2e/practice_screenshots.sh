#!/bin/bash
# --screenshot writes a PNG of every screen (home, practice, results, briefing) at 100% and 200%:
# a real 1280x720 picture with content, different for each screen. Bad arguments get a message
# and a non-zero status, never a crash.
#   bash tests/e2e/practice_screenshots.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 280 "$@"
e2e_workspace home
bank="$src/questions/examples/all-types.json"

for scale in 1 2; do
    for screen in home practice results briefing; do
        out="$work/$screen-$scale.png"
        timeout 60 "$bin" --bank "$bank" --screen "$screen" --scale "$scale" --screenshot "$out" \
            2>"$work/stderr" || fail "$screen at $scale: exit $? $(cat "$work/stderr")"
        [ -s "$out" ] || fail "$screen at $scale: no PNG written"
    done
done
# Feedback after submitting, for a question chosen by id.
timeout 60 "$bin" --bank "$bank" --screen practice --question ordering-example --submitted \
    --screenshot "$work/feedback-1.png" || fail "feedback screenshot"

python3 - "$work" <<'PY'
import hashlib, os, struct, sys
work = sys.argv[1]
seen = {}
for name in sorted(os.listdir(work)):
    if not name.endswith(".png"):
        continue
    data = open(os.path.join(work, name), "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{name}: not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 720), f"{name}: {width}x{height}"
    # A blank 1280x720 frame compresses to a few KB; text and widgets take far more.
    assert len(data) > 15000, f"{name}: only {len(data)} bytes, looks blank"
    digest = hashlib.sha256(data).hexdigest()
    assert digest not in seen, f"{name} is the same picture as {seen.get(digest)}"
    seen[digest] = name
    print(f"{name}: {width}x{height}, {len(data) // 1024} KB")
PY

# Bad input: a message and a non-zero status.
status=0
"$bin" --bank "$work/missing.json" --screenshot "$work/x.png" 2>"$work/err" || status=$?
[ "$status" -eq 2 ] && grep -q "no such bank file" "$work/err" || fail "missing bank: status $status"
status=0
"$bin" --bank "$bank" --screen practice --question no-such-id --screenshot "$work/x.png" \
    2>"$work/err" || status=$?
[ "$status" -eq 1 ] && grep -q "no question" "$work/err" || fail "unknown question: status $status"
status=0
"$bin" --screen nowhere 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || fail "unknown screen: status $status"
status=0
env -u DISPLAY "$bin" --bank "$bank" --screenshot "$work/x.png" 2>"$work/err" || status=$?
[ "$status" -eq 1 ] && grep -q "DISPLAY" "$work/err" || fail "no display: status $status"
[ ! -e "$work/x.png" ] || fail "a PNG was written after an error"
# A display that does not exist: a message and status 1, not SFML's abort (status 134).
unused=4093
while [ -e "/tmp/.X11-unix/X$unused" ] || [ -e "/tmp/.X$unused-lock" ]; do unused=$((unused + 1)); done
status=0
DISPLAY=":$unused" "$bin" --bank "$bank" --screenshot "$work/x.png" 2>"$work/err" || status=$?
[ "$status" -eq 1 ] && grep -q "X display \":$unused\" cannot be opened" "$work/err" ||
    fail "unreachable display: status $status: $(cat "$work/err")"
[ ! -e "$work/x.png" ] || fail "a PNG was written without a display"
echo "PASS: screenshots of every screen at 100% and 200%; bad arguments refused"
