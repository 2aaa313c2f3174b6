#!/bin/bash
# Two promises about the score database, from the command line:
#  1. a screenshot run (--screen ... --screenshot) never writes a real store, even with
#     --data-dir: no database appears in an empty folder, an existing one is left byte for byte;
#  2. on a folder where nothing was recorded yet, `stats --format json|csv` print the empty
#     figures and `export-results` the header alone, with exit 0 (scripts need no special case).
#   bash tests/e2e/empty_and_sample_store.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

empty="$work/empty"
mkdir -p "$empty"
# 2. Nothing recorded yet.
"$bin" --data-dir "$empty" stats --format json >"$work/stats.json" 2>"$work/stderr" ||
    fail "stats --format json on an empty folder"
python3 - "$work/stats.json" <<'PY' || fail "empty stats JSON: $(cat "$work/stats.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["overall"]["attempts"] == 0, s["overall"]
assert s["sessions"]["total"] == 0 and s["sessions"]["recent"] == [], s["sessions"]
assert s["categories"] == [] and s["days"] == [], s
PY
"$bin" --data-dir "$empty" stats --format csv >"$work/stats.csv" 2>>"$work/stderr" ||
    fail "stats --format csv on an empty folder"
"$bin" --data-dir "$empty" export-results --out - >"$work/export.csv" 2>>"$work/stderr" ||
    fail "export-results on an empty folder"
[ "$(wc -l <"$work/export.csv")" = 1 ] || fail "export: not the header alone: $(cat "$work/export.csv")"
head -1 "$work/export.csv" | grep -q '^profile,session,mode,' || fail "export header: $(cat "$work/export.csv")"
"$bin" --data-dir "$empty" export-results --classroom --out "$work/c.csv" >/dev/null 2>>"$work/stderr" ||
    fail "export-results --classroom on an empty folder"
[ "$(wc -l <"$work/c.csv")" = 1 ] || fail "classroom export: not the header alone"
status=0
"$bin" --data-dir "$empty" stats >"$work/text.txt" 2>&1 || status=$?
[ "$status" = 1 ] || fail "human stats on an empty folder: exit $status (it keeps its message)"

# 1. Screenshot runs with --data-dir.
for screen in home progress exam-results; do
    "$bin" --data-dir "$empty" --screen "$screen" --screenshot "$work/$screen.png" 2>>"$work/stderr" ||
        fail "screenshot of $screen"
    [ -s "$work/$screen.png" ] || fail "no picture of $screen"
done
[ ! -e "$empty/statecraft.db" ] || fail "a screenshot run made a database in the --data-dir folder"
# An existing file in --data-dir is left byte for byte (a real store would be written to;
# this one, not Statecraft's, would have been moved aside).
real="$work/real"
mkdir -p "$real"
sqlite3 "$real/statecraft.db" 'PRAGMA journal_mode=DELETE; CREATE TABLE t(x); INSERT INTO t VALUES (1);' >/dev/null
before=$(md5sum <"$real/statecraft.db")
"$bin" --data-dir "$real" --screen progress --screenshot "$work/p2.png" 2>>"$work/stderr" ||
    fail "screenshot with an existing file"
[ "$(md5sum <"$real/statecraft.db")" = "$before" ] || fail "a screenshot run changed the store in --data-dir"
[ "$(ls "$real")" = statecraft.db ] || fail "a screenshot run left files in --data-dir: $(ls "$real")"
echo "PASS: empty figures for scripts; screenshot runs never touch --data-dir's store"
