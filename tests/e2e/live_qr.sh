#!/bin/bash
# The live classroom's join screen on the real window (Xvfb, 1280x720) at 100 % and 200 %: the
# QR code on the projector reads back, with zbarimg (zbar-tools), as the join address with the
# PIN; the other live stages draw too. Label "live".
#   bash tests/e2e/live_qr.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
if ! command -v zbarimg >/dev/null; then
    echo "SKIP: zbarimg (Debian zbar-tools, in .ci/packages.txt) is not installed"
    exit 77
fi
e2e_under_xvfb 280 "$@"
e2e_workspace home
bank="$src/questions/examples/all-types.json"
want="http://192.168.1.20:8080/?pin=482913"  # the sample's address and PIN (live_sample.cpp)

for scale in 1 2; do
    out="$work/join-$scale.png"
    timeout 60 "$bin" --bank "$bank" --screen live-join --scale "$scale" --screenshot "$out" \
        2>"$work/stderr" || fail "live-join at $scale: exit $?"
    got=$(zbarimg --raw -q "$out" 2>/dev/null) || fail "no QR code found on the join screen at $scale"
    [ "$got" = "$want" ] || fail "the QR code at $scale reads \"$got\", want \"$want\""
done
for stage in question distribution reveal peer leaderboard podium; do
    out="$work/$stage.png"
    timeout 60 "$bin" --bank "$bank" --screen "live-$stage" --scale 2 --screenshot "$out" \
        2>"$work/stderr" || fail "live-$stage: exit $?"
    [ -s "$out" ] || fail "live-$stage: no PNG written"
    # Only the join screen carries a QR code.
    if zbarimg --raw -q "$out" >/dev/null 2>&1; then fail "live-$stage shows a QR code"; fi
done
echo "ok: the join QR code reads back as $want at 100 % and 200 %"
