#!/bin/bash
# A live game's answers survive a crash before their question locks: the desktop app hosts
# (Xvfb, Ctrl+L in the classroom set-up), two headless Chromium players join, the teacher
# starts question 1, Ana answers (Ben does not, so the question stays open and nothing is
# stored yet), and once the app's journal holds her answer the app is killed with SIGKILL.
# `stats --classroom` then lists nothing; the next start of the app stores the journaled
# answer (a note on standard error says so), and `stats --classroom` and
# `export-results --classroom` show Ana's answer. Label "live"; exit 77 only when chromium,
# chromium-driver or python3-selenium is missing.
#   bash tests/e2e/live_crash_recovery.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
e2e_require_browser
e2e_under_xvfb 240 "$@"
e2e_workspace home

data="$work/scores"
/usr/bin/python3 - "$src/questions/examples/all-types.json" "$work/bank.json" <<'PY'
import json, sys
bank = json.load(open(sys.argv[1], encoding="utf-8-sig"))
bank["id"], bank["title"] = "live-crash-e2e", "Live crash e2e"
bank["questions"] = [q for q in bank["questions"] if q["id"] in ("single-example", "true-false-example")]
for q in bank["questions"]:
    q["time_limit_s"] = 120  # the question must still be open at the kill
assert len(bank["questions"]) == 2, [q["id"] for q in bank["questions"]]
json.dump(bank, open(sys.argv[2], "w"))
PY

e2e_mouse="1270 715"
start_app() {
    e2e_start_app env STATECRAFT_LIVE_BIND=127.0.0.1 STATECRAFT_LIVE_PORT=0 \
        "$bin" --data-dir "$data" --bank "$work/bank.json" >"$work/stdout"
}

start_app
press c
press ctrl+l
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^Live game open: students join at \([^ ]*\) (PIN [0-9]*)$/\1/p' "$work/stdout")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || fail "the app did not open a live game: $(cat "$work/stdout")"

status=0
/usr/bin/python3 "$here/live_crash_players.py" "$url" "$work/bank.json" "$pid" "$work" \
    "$data/live-journal" || status=$?
[ "$status" -eq 0 ] || { cat "$e2e_log" >&2; exit "$status"; }
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 137 ] || fail "the app was not killed by SIGKILL (status $status)"
ls "$data"/live-journal/*.jsonl >/dev/null 2>&1 || fail "no journal left behind by the crash"

"$bin" --data-dir "$data" stats --classroom --format json >"$work/before.json" ||
    fail "stats --classroom failed after the crash"
/usr/bin/python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["classroom_games"] == []' \
    "$work/before.json" || fail "the open question was stored before the crash: $(cat "$work/before.json")"

start_app  # the next start recovers the journal
press q
# After a crash the store checks the whole file first (read-only meanwhile), so a write may still
# wait and the first q only warns; the second q leaves, as on any machine (README, Quit).
for i in $(seq 200); do
    kill -0 "$pid" 2>/dev/null || break
    [ $((i % 50)) -eq 0 ] && xdotool key --clearmodifiers q
    sleep 0.1
done
kill -0 "$pid" 2>/dev/null && fail "the second start did not quit on q"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || fail "the second start exited with $status"
grep -q "note: Recovered 1 answer(s) of an interrupted live game" "$work/stderr" ||
    fail "no recovery note: $(cat "$work/stderr")"
ls "$data"/live-journal/*.jsonl >/dev/null 2>&1 && fail "the recovered journal is still there"

"$bin" --data-dir "$data" stats --classroom --format json >"$work/games.json" ||
    fail "stats --classroom failed"
/usr/bin/python3 - "$work/games.json" <<'PY' || fail "stats --classroom: $(cat "$work/games.json")"
import json, sys
(game,) = json.load(open(sys.argv[1]))["classroom_games"]
assert game["bank"] == "live-crash-e2e" and game["questions"] == 1, game
teams = {t["team"]: t for t in game["teams"]}
assert teams["Ana"]["correct"] == 1 and teams["Ana"]["points"] > 0, game
PY
"$bin" --data-dir "$data" export-results --classroom --out "$work/r.csv" >/dev/null ||
    fail "export-results --classroom failed"
/usr/bin/python3 - "$work/r.csv" <<'PY' || fail "export: $(cat "$work/r.csv")"
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="")) if r["team"] == "Ana"]
assert len(rows) == 1 and rows[0]["answered"] == "1" and rows[0]["correct"] == "1", rows
assert rows[0]["question"] == "single-example" or rows[0]["question"] == "true-false-example", rows
PY
echo "PASS: an answer given before the lock survived kill -9 and was stored at the next start"
