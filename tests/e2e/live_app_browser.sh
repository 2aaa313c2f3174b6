#!/bin/bash
# The live classroom end to end with the desktop app as the host: the real `statecraft` window
# under Xvfb, a temporary data folder and a three-question bank (single choice, ordering, short
# answer). On Home "c" opens the classroom set-up and Ctrl+L starts the live game; the app
# prints the join address (with the PIN) on standard output, which three headless Chromium
# players (one at a phone's 360x740) open; they answer, the teacher advances with Space
# (live_app_browser.py), the game reaches the podium, and `stats --classroom` and
# `export-results --classroom` on the same data folder list every player's answers and points.
# Label "live"; exit 77 only when chromium, chromium-driver or python3-selenium is missing.
#   bash tests/e2e/live_app_browser.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib.sh"
e2e_require_browser
e2e_under_xvfb 280 "$@"
e2e_workspace home

data="$work/scores"
# Three questions of three types from the example bank; the set-up offers all three.
/usr/bin/python3 - "$src/questions/examples/all-types.json" "$work/bank.json" <<'PY'
import json, sys
bank = json.load(open(sys.argv[1], encoding="utf-8-sig"))
keep = ("single-example", "ordering-example", "short-answer-example")
bank["id"], bank["title"] = "live-app-e2e", "Live app e2e"
bank["questions"] = [q for q in bank["questions"] if q["id"] in keep]
for q in bank["questions"]:
    q["time_limit_s"] = 60  # a slow machine must not time a player out
assert len(bank["questions"]) == 3
json.dump(bank, open(sys.argv[2], "w"))
PY

# Loopback and any free port: the test needs no network and runs beside others.
e2e_mouse="1270 715"
e2e_start_app env STATECRAFT_LIVE_BIND=127.0.0.1 STATECRAFT_LIVE_PORT=0 \
    "$bin" --data-dir "$data" --bank "$work/bank.json" --seed 5 >"$work/stdout"
press c       # Home -> classroom set-up
press ctrl+l  # Live: the server starts, the projector shows the join screen
url=
for _ in $(seq 100); do
    url=$(sed -n 's/^Live game open: students join at \([^ ]*\) (PIN [0-9]*)$/\1/p' "$work/stdout")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || fail "the app did not open a live game: $(cat "$work/stdout")"

status=0
/usr/bin/python3 "$here/live_app_browser.py" "$url" "$work/bank.json" "$pid" "$work" || status=$?
[ "$status" -eq 0 ] || { [ -f "$e2e_log" ] && cat "$e2e_log" >&2; exit "$status"; }

# Every question is stored as soon as it is scored: the podium means all three are on disk.
games='[]'
for _ in $(seq 50); do
    "$bin" --data-dir "$data" stats --classroom --format json >"$work/games.json" 2>/dev/null || true
    /usr/bin/python3 - "$work/games.json" <<'PY' && break
import json, sys
games = json.load(open(sys.argv[1]))["classroom_games"]
sys.exit(0 if games and games[0]["questions"] == 3 else 1)
PY
    sleep 0.2
done
/usr/bin/python3 - "$work/games.json" <<'PY' || fail "stats --classroom: $(cat "$work/games.json")"
import json, sys
(game,) = json.load(open(sys.argv[1]))["classroom_games"]
assert game["bank"] == "live-app-e2e" and game["questions"] == 3, game
teams = {t["team"]: t for t in game["teams"]}
assert set(teams) == {"Ana", "Ben", "Cleo"}, game
assert teams["Ana"]["correct"] == 3 and teams["Cleo"]["correct"] == 3, game
assert teams["Ben"]["correct"] == 0 and teams["Ben"]["points"] == 0, game
assert game["teams"][-1]["team"] == "Ben", game
print("stats --classroom:", {t: (v["correct"], v["points"]) for t, v in teams.items()})
PY
"$bin" --data-dir "$data" export-results --classroom --out "$work/r.csv" >/dev/null ||
    fail "export-results --classroom failed"
/usr/bin/python3 - "$work/r.csv" "$work/bank.json" <<'PY' || fail "export: $(cat "$work/r.csv")"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
ids = {q["id"] for q in json.load(open(sys.argv[2]))["questions"]}
assert len(rows) == 9, len(rows)
assert {(r["team"], r["question"]) for r in rows} == {(p, q) for p in ("Ana", "Ben", "Cleo") for q in ids}
for r in rows:
    assert r["answered"] == "1" and int(r["time_ms"]) > 0, r
    assert r["correct"] == ("0" if r["team"] == "Ben" else "1"), r
PY

press Escape  # closes the live game (every device gets "ended") -> Home
press q
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the app did not quit on q"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || fail "exit status $status"
echo "PASS: the desktop app hosted a live game for three browsers; stats and export agree"
