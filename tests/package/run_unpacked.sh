#!/usr/bin/env bash
# Part of package_deb.sh, run inside a private mount namespace under Xvfb: hides the source tree,
# then runs the unpacked program from a working folder outside it.
# Args: UNPACKED_ROOT SOURCE_DIR WORK_DIR
set -euo pipefail
root=$1 src=$2 work=$3
fail() {
    for f in "$work"/*.err; do [ ! -s "$f" ] || { echo "--- $f"; cat "$f"; }; done >&2
    echo "FAIL: $*" >&2
    exit 1
}
mount -t tmpfs -o ro,size=1m statecraft-hidden "$src"
[ ! -e "$src/questions" ] || fail "the source tree is still visible"
program=$root/usr/bin/statecraft

# A clean user: no saved settings or banks, and no system-wide statecraft in XDG_DATA_DIRS.
mkdir -p "$work/home" "$work/elsewhere" "$work/no-data"
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export XDG_DATA_DIRS=$work/no-data
unset STATECRAFT_QUESTIONS
cd "$work/elsewhere"
missing="shipped banks were not found"

"$program" validate "$root/usr/share/statecraft/questions" >"$work/validate.out" ||
    { cat "$work/validate.out"; fail "validate of the shipped banks"; }
grep -q "^ok .*iran-russia-missiles.json" "$work/validate.out" || fail "validate found no banks"
"$program" --screen home --screenshot "$work/home.png" 2>"$work/app.err" ||
    { cat "$work/app.err"; fail "the Home screenshot"; }
[ -s "$work/home.png" ] || fail "no Home screenshot"
! grep -q "$missing" "$work/app.err" || fail "the unpacked program did not find its banks"

# The same program copied away from its share/ folder finds no banks (so the check above can
# fail: the source tree is really out of reach) ...
mkdir -p "$work/lonely/bin"
cp "$program" "$work/lonely/bin/"
"$work/lonely/bin/statecraft" --screen home --screenshot "$work/lonely.png" 2>"$work/lonely.err" ||
    fail "the program without its share/ folder"
grep -q "$missing" "$work/lonely.err" || fail "a program without share/ did not warn"
# ... and finds them again through XDG_DATA_DIRS, as an installed program does.
XDG_DATA_DIRS=$work/no-data:$root/usr/share "$work/lonely/bin/statecraft" --screen home \
    --screenshot "$work/lonely.png" 2>"$work/xdg.err" || fail "the program found through XDG_DATA_DIRS"
! grep -q "$missing" "$work/xdg.err" || fail "XDG_DATA_DIRS was not searched"
echo "unpacked program: validated its banks, drew Home from $PWD without the source tree"
