#!/bin/bash
# A ten-question classroom game driven by the keyboard alone, in the real window under
# Xvfb with xdotool: on Home "c" opens the classroom set-up; three team names are typed, each
# with Enter; Enter on the empty name field starts; Space opens question 1; for each question
# the teams answer with "a 1", "b 2", "c 1" (the answers lock when all have answered), then
# Space four times: reveal, explanation, leaderboard, next question (the podium after the
# tenth). Question 5 is a poll: the same keys are votes, the reveal shows their spread, nobody
# scores and no streak breaks. The game is saved at the podium; `export-results --classroom`
# must then list one row per team per question with the right answers and points.
#   bash tests/e2e/classroom_game.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

data="$work/scores"

# Ten single-choice questions whose first choice is right, each with an explanation (the set-up
# offers ten questions by default), but the fifth: a poll (polls are played by default).
python3 - "$src/questions/examples/all-types.json" "$work/bank.json" <<'PY'
import copy, json, sys
bank = json.load(open(sys.argv[1], encoding="utf-8-sig"))
single = next(q for q in bank["questions"] if q["type"] == "single")
poll = next(q for q in bank["questions"] if q["type"] == "poll")
bank["id"], bank["title"] = "classroom-e2e", "Classroom e2e"
bank["questions"] = []
for n in range(1, 11):
    q = copy.deepcopy(poll if n == 5 else single)
    q["id"], q["prompt"] = f"q{n}", f"Question {n}: {single['prompt']}"
    q.pop("time_limit_s", None)
    if n != 5:  # choices are shuffled in class; the keys below need the authored order
        q["fixed"] = True
    bank["questions"].append(q)
json.dump(bank, open(sys.argv[2], "w"))
PY

e2e_mouse="1270 715"  # below every widget of the set-up and the projector
e2e_start_app "$bin" --data-dir "$data" --bank "$work/bank.json" --seed 3

type_name() {
    kill -0 "$pid" 2>/dev/null || fail "the app exited early (typing $1)"
    xdotool type --delay 80 "$1"
    sleep 0.3
    press Return
}

press c                      # Home -> classroom set-up, the name field has the keyboard
type_name Red
type_name Blue
type_name Green
press Return                 # empty name field: start (projector view, lobby)
sleep 1                      # fonts are rebuilt at 200%
press space                  # question 1
for question in $(seq 10); do
    press a; press 1         # Red: the right answer
    press b; press 2         # Blue: a wrong one
    press c; press 1         # Green: right; all answered, the answers lock
    press space              # reveal
    press space              # explanation
    press space              # leaderboard
    press space              # next question, or the podium after the tenth
done

csv="$work/r.csv"
rows=0
for _ in $(seq 50); do
    "$bin" --data-dir "$data" export-results --classroom --out "$csv" >/dev/null 2>&1 || true
    rows=$(($(wc -l <"$csv" 2>/dev/null || echo 1) - 1))
    [ "$rows" -ge 30 ] && break
    sleep 0.2
done
[ "$rows" -ge 30 ] || fail "the game was not saved at the podium ($rows rows)"
press Escape                 # podium -> set-up
press Escape                 # set-up -> Home
e2e_quit_and_wait q  # quit

python3 - "$csv" <<'PY' || fail "classroom CSV is not as expected: $(cat "$csv")"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 30, len(rows)
seen = {(r["team"], r["round"]) for r in rows}
assert seen == {(t, str(n)) for t in ("Red", "Blue", "Green") for n in range(1, 11)}, seen
assert {r["question"] for r in rows} == {f"q{n}" for n in range(1, 11)}
for r in rows:
    assert r["bank"] == "classroom-e2e" and r["ended_early"] == "0", r
    assert r["answered"] == "1" and int(r["time_ms"]) > 0, r
    if r["question"] == "q5":  # the poll: votes kept, never right, no points
        assert r["correct"] == "0" and int(r["points"]) == 0, r
        assert r["answer_ids"] == ("b" if r["team"] == "Blue" else "a"), r
        continue
    right = r["team"] != "Blue"
    assert r["correct"] == ("1" if right else "0"), r
    assert (int(r["points"]) >= 500) == right and (int(r["points"]) == 0) == (not right), r
totals = {r["team"]: int(r["final_total"]) for r in rows}
ranks = {r["team"]: int(r["final_rank"]) for r in rows}
assert totals["Blue"] == 0 and ranks["Blue"] == 3, (totals, ranks)
for t in ("Red", "Green"):
    assert totals[t] == sum(int(r["points"]) for r in rows if r["team"] == t), totals
print("classroom:", totals)
PY
# The same game summed up by `stats --classroom`: one game, ten questions, Blue last with 0.
"$bin" --data-dir "$data" stats --classroom --format json >"$work/games.json" ||
    fail "stats --classroom failed"
python3 - "$work/games.json" "$csv" <<'PY' || fail "stats --classroom: $(cat "$work/games.json")"
import csv, json, sys
(game,) = json.load(open(sys.argv[1]))["classroom_games"]
assert game["bank"] == "classroom-e2e" and game["questions"] == 10 and game["polls"] == 1, game
teams = {t["team"]: t for t in game["teams"]}
assert game["teams"][-1]["team"] == "Blue" and teams["Blue"]["points"] == 0, game
assert teams["Red"]["correct"] == 9 and teams["Blue"]["correct"] == 0, game
rows = list(csv.DictReader(open(sys.argv[2], newline="")))
for r in rows:
    assert teams[r["team"]]["points"] == int(r["final_total"]), (r, game)
PY
echo "PASS: a 10-question classroom game (one poll) by keyboard; 30 rows checked; stats agree"
