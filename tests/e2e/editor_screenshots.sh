#!/bin/bash
# --screen editor: the bank editor on the all-types example with a question selected, at 100%
# and 200%; a picture is written and nothing lands in the user's banks folder (a look, no save).
#   bash tests/e2e/editor_screenshots.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 200 "$@"
e2e_workspace home
bank="$src/questions/examples/all-types.json"

for scale in 1 2; do
    out="$work/editor-$scale.png"
    timeout 60 "$bin" --bank "$bank" --screen editor --scale "$scale" --screenshot "$out" \
        2>"$work/stderr" || fail "editor at $scale: exit $? $(cat "$work/stderr")"
    [ -s "$out" ] || fail "editor at $scale: no PNG written"
done
timeout 60 "$bin" --bank "$bank" --screen editor --question ordering-example \
    --screenshot "$work/ordering.png" || fail "editor on a chosen question"
if timeout 60 "$bin" --bank "$bank" --screen editor --question no-such-question \
    --screenshot "$work/none.png" 2>"$work/stderr"; then
    fail "an unknown question was accepted"
fi
grep -q "no question" "$work/stderr" || fail "no message for an unknown question: $(cat "$work/stderr")"
[ ! -e "$work/data/statecraft/banks" ] || [ -z "$(ls -A "$work/data/statecraft/banks")" ] ||
    fail "the sample wrote into the banks folder"
cmp -s "$work/editor-1.png" "$work/editor-2.png" && fail "100% and 200% gave the same picture"
echo "editor screenshots: ok"
