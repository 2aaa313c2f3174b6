#!/bin/bash
# Answers in the real window go into the real database: the app under Xvfb with
# --data-dir, a 3-question quiz by keyboard (xdotool, as practice_keyboard.sh), quit; then
# `statecraft stats --format json` and sqlite3 must show 1 session and 3 attempts, and
# PRAGMA integrity_check must say ok. Also checks that P opens Progress and Esc returns.
#   bash tests/e2e/progress_app_db.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

data="$work/scores"

"$bin" --data-dir "$data" --bank "$src/questions/examples/all-types.json" --seed 7 \
    --results-out "$work/results.json" 2>"$work/stderr" &
pid=$!
e2e_wait_window '^Statecraft$'
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool mousemove --window "$wid" 1270 360  # out of the way of every widget
sleep 1

press() {
    kill -0 "$pid" 2>/dev/null || fail "the app exited early (at key $1)"
    xdotool key --clearmodifiers "$1"
    sleep 0.5
}

[ -f "$data/statecraft.db" ] || fail "no database at start-up in $data"
press p                      # Progress (empty), then back
press Escape
# Home starts at min(10, the bank's questions); "-" takes it down to 3.
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["questions"]))' \
    "$src/questions/examples/all-types.json")
for _ in $(seq $((n - 3))); do press minus; done
press Return                 # Start quiz: 3 of the example's questions
for question in 1 2 3; do
    press 1
    press Return             # Submit: one attempt written
    press Return             # Next, or the results after the third (session ended)
done
press q                      # Quit from the results screen
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the app did not quit on q"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || fail "exit status $status"

db="$data/statecraft.db"
[ "$(sqlite3 "$db" 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check is not ok"
[ "$(sqlite3 "$db" 'SELECT count(*) FROM sessions;')" = 1 ] || fail "not 1 session"
# A poll is asked but never stored (it has no score): count the graded questions asked.
graded=$(python3 -c 'import json,sys; print(sum(q["type"] != "poll" for q in json.load(open(sys.argv[1]))["questions"]))' "$work/results.json")
[ "$(sqlite3 "$db" 'SELECT count(*) FROM attempts;')" = "$graded" ] || fail "not $graded attempts"
"$bin" --data-dir "$data" stats --format json >"$work/stats.json" 2>>"$work/stderr" ||
    fail "stats failed"
python3 - "$work/stats.json" "$graded" <<'PY' || fail "stats JSON is not as expected: $(cat "$work/stats.json")"
import json, sys
s = json.load(open(sys.argv[1]))
graded = int(sys.argv[2])
assert s["overall"]["attempts"] == graded, s["overall"]
assert s["sessions"]["total"] == 1, s["sessions"]
r = s["sessions"]["recent"][0]
assert r["bank"] == "example-all-types" and r["mode"] == "practice", r
assert r["ended"] is not None and r["max_score"] == graded, r
assert s["streak_days"] == 1, s["streak_days"]
print("stats:", s["profile"], s["overall"], "session", r["score"], "/", r["max_score"])
PY
echo "PASS: a 3-question quiz by keyboard wrote 1 session and $graded attempts; integrity ok"
