#!/bin/bash
# The projector view on a chosen question, from the command line: --screen classroom|podium
# --question ID --scale 2 --screenshot OUT.png, at 1280x720 and 1920x1080 (--window-size), the
# longest question of the shipped bank included; the explanation step with --submitted (for the
# example bank's poll: its reveal, the spread under its options). An unknown id or a bad window size gets a
# message and a non-zero status.
#   bash tests/e2e/projector_screenshots.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 300 "$@"
e2e_workspace home
bank="$src/questions/iran-russia-missiles.json"

shot() {  # name, then the app's arguments; shot_bank=FILE for another bank
    local name=$1
    shift
    timeout 60 "$bin" --bank "${shot_bank:-$bank}" --scale 2 --screenshot "$work/$name.png" "$@" \
        2>"$work/stderr" || fail "$name: exit $? $(cat "$work/stderr")"
    [ -s "$work/$name.png" ] || fail "$name: no PNG written"
}
for size in 1280x720 1920x1080; do
    shot "question-$size" --window-size "$size" --screen classroom \
        --question interpretations-fits-every-reading
    shot "explanation-$size" --window-size "$size" --screen classroom \
        --question context-range-meaning --submitted
    shot "podium-$size" --window-size "$size" --screen podium --question context-range-meaning
    # A poll's reveal: its spread under its options (the example bank has a poll).
    shot_bank="$src/questions/examples/all-types.json" shot "poll-$size" --window-size "$size" \
        --screen classroom --question poll-example --submitted
done

if "$bin" --bank "$bank" --screen classroom --question no-such-question \
    --screenshot "$work/none.png" 2>"$work/stderr"; then
    fail "an unknown question id was accepted"
fi
grep -q 'no question "no-such-question"' "$work/stderr" || fail "message: $(cat "$work/stderr")"
if "$bin" --window-size 12x3 --screenshot "$work/none.png" 2>"$work/stderr"; then
    fail "a bad window size was accepted"
fi
grep -q "WIDTHxHEIGHT" "$work/stderr" || fail "message: $(cat "$work/stderr")"

python3 - "$work" <<'PY'
import hashlib, os, struct, sys
work = sys.argv[1]
seen = set()
for name in sorted(os.listdir(work)):
    if not name.endswith(".png"):
        continue
    data = open(os.path.join(work, name), "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{name}: not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    want = (1920, 1080) if "1920" in name else (1280, 720)
    assert (width, height) == want, f"{name}: {width}x{height}"
    assert len(data) > 15000, f"{name}: only {len(data)} bytes, looks blank"
    digest = hashlib.sha256(data).hexdigest()
    assert digest not in seen, f"{name}: same picture as another"
    seen.add(digest)
assert len(seen) == 8, seen
PY
echo "ok: projector screenshots"
