#!/bin/bash
# An exam in the real window (Xvfb, xdotool) that ends only when the student says so: on Home X
# opens the exam set-up, "-" twice makes it 8 questions, Enter starts it; 4 questions get "1"
# (choose the first answer, or type "1") and Enter; Esc asks "Hand in now?" and hands in nothing
# (the session is still open, its 4 answers already saved); Esc goes back, Esc asks again and
# Enter hands in. Then `statecraft stats --format json` counts 4 answers for that session and
# 4 unanswered, and sqlite3 finds no attempt for the questions never answered.
#   bash tests/e2e/exam_hand_in.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

data="$work/scores"
db="$data/statecraft.db"

e2e_start_app "$bin" --data-dir "$data" --bank "$src/questions/iran-russia-missiles.json" \
    --seed 7

sql() { sqlite3 "$db" "$1"; }

press x        # the exam set-up
press minus    # 10 -> 9
press minus    # 9 -> 8
press Return   # start the exam
for question in 1 2 3 4; do
    press 1    # the first choice / match / item, or "1" typed into a short answer
    press Return
done
[ "$(sql 'SELECT count(*) FROM attempts;')" = 4 ] || fail "the 4 answers were not saved as given"

press Escape   # asks; hands in nothing
sleep 0.5
[ "$(sql "SELECT count(*) FROM sessions WHERE mode = 'exam' AND ended_ms IS NULL;")" = 1 ] ||
    fail "Esc ended the exam"
press Escape   # back to the exam
press Escape   # asks again
[ "$(sql 'SELECT ended_ms IS NULL FROM sessions;')" = 1 ] || fail "the exam ended without Enter"
press Return   # "Hand in (Enter)"
for _ in $(seq 50); do
    [ "$(sql 'SELECT ended_ms IS NOT NULL FROM sessions;')" = 1 ] && break
    sleep 0.1
done
[ "$(sql 'SELECT ended_ms IS NOT NULL FROM sessions;')" = 1 ] || fail "the confirmation did not hand in"
press Return   # the results: Home
e2e_quit_and_wait q  # quit

[ "$(sql 'PRAGMA integrity_check;')" = ok ] || fail "integrity_check is not ok"
[ "$(sql 'SELECT count(*) FROM attempts;')" = 4 ] || fail "not 4 attempts"
[ "$(sql 'SELECT count(DISTINCT answered_ms) FROM attempts;')" = 4 ] ||
    fail "the attempts do not keep the times they were answered"
"$bin" --data-dir "$data" stats --format json >"$work/stats.json" 2>>"$work/stderr" ||
    fail "stats failed"
python3 - "$work/stats.json" <<'PY' || fail "stats JSON is not as expected: $(cat "$work/stats.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["overall"]["attempts"] == 4, s["overall"]
assert s["sessions"]["total"] == 1, s["sessions"]
r = s["sessions"]["recent"][0]
assert r["mode"] == "exam" and r["bank"] == "iran-russia-missiles", r
assert r["attempts"] == 4, r
assert r["unanswered"] == 4 and r["max_score"] == 8, r
assert r["ended"] is not None, r
print("exam session:", r)
PY
echo "PASS: 8-question exam, 4 answered, Esc asked and handed in nothing, Enter handed in; stats: 4 answers, 4 unanswered"
