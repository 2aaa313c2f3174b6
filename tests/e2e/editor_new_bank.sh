#!/bin/bash
# A teacher writes a new bank entirely in the app, in the real window under Xvfb with xdotool:
# N on Home opens a new bank; a briefing section is added and typed; "+ Add question…" adds a
# single-choice question whose prompt, choices, explanation and ref are typed into their fields;
# the title is typed on "Bank details"; Ctrl+S saves to DATA/banks/my-bank.json; `statecraft
# validate` and `lint --strict` (no warning at all) accept the file; Play
# starts a quiz on it, answered by keyboard; the results JSON names the new bank.
# Clicks go to fixed points of the 1280x720 window at 100 % (the editor's layout at that size).
#   bash tests/e2e/editor_new_bank.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 300 "$@"
e2e_workspace home

data="$work/statecraft"
results="$work/results.json"
bank="$data/banks/my-bank.json"

"$bin" --data-dir "$data" --scale 1 --results-out "$results" --seed 3 2>"$work/stderr" &
pid=$!
e2e_wait_window '^Statecraft$'
# The whole window on the screen, so every point clicked below is on it.
xdotool windowmove --sync "$wid" 0 0 2>/dev/null || xdotool windowmove "$wid" 0 0
xdotool windowfocus --sync "$wid" 2>/dev/null || true
sleep 1

alive() { kill -0 "$pid" 2>/dev/null || fail "the app exited early ($1)"; }
press() {
    alive "key $1"
    xdotool key --clearmodifiers "$1"
    sleep 0.5
}
click() {
    alive "click $1,$2"
    xdotool mousemove --window "$wid" "$1" "$2" click 1
    sleep 0.6
}
type_into() {  # click a field, select what it holds, type over it
    click "$1" "$2"
    xdotool key --clearmodifiers ctrl+a
    xdotool type --delay 15 "$3"
    sleep 0.4
}

press n                                          # Home: New bank
click 88 115                                     # Briefing sections
click 394 174                                    #   + Add section
type_into 654 226 "security-council"             #   its id
type_into 654 268 "Who decides on sanctions"
type_into 654 327 "Binding sanctions are decided by the fifteen members of the Security Council."
click 160 260                                    # + Add question…
click 60 305                                     #   single
type_into 646 270 "Which body can impose binding UN sanctions?"
type_into 533 370 "The Security Council"         # choice 1, marked right by default
type_into 533 454 "The General Assembly"
type_into 646 607 "Only the Security Council's decisions bind every member state."
type_into 646 668 "security-council"             # Refs: the briefing section
click 70 87                                      # Bank details
type_into 654 128 "UN sanctions"
press ctrl+s                                     # Save
for _ in $(seq 50); do [ -s "$bank" ] && break; sleep 0.1; done
[ -s "$bank" ] || fail "Save wrote no $bank: $(find "$work" -name '*.json')"

"$bin" validate "$bank" >"$work/validate.txt" || fail "validate: $(cat "$work/validate.txt")"
"$bin" lint --strict "$bank" >"$work/lint.txt" || fail "lint warns: $(cat "$work/lint.txt")"
python3 - "$bank" <<'PY' || fail "the saved bank is not what was typed: $(cat "$bank")"
import json, sys
b = json.load(open(sys.argv[1]))
assert b["id"] == "my-bank" and b["title"] == "UN sanctions", (b["id"], b["title"])
(q,) = b["questions"]
assert q["type"] == "single" and q["prompt"] == "Which body can impose binding UN sanctions?", q
assert [c["text"] for c in q["choices"]] == ["The Security Council", "The General Assembly"], q
assert [c.get("correct", False) for c in q["choices"]] == [True, False], q
assert q["explanation"].startswith("Only the Security Council"), q
assert q["refs"] == ["security-council"], q
(section,) = b["source"]["sections"]
assert section["id"] == "security-council" and section["heading"] == "Who decides on sanctions", b
PY

click 733 36                                     # Play
press 1                                          # choose the first answer
press Return                                     # Submit
press Return                                     # See results
for _ in $(seq 50); do [ -s "$results" ] && break; sleep 0.1; done
[ -s "$results" ] || fail "no results file after playing the new bank"
press q
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the app did not quit on q"
status=0
wait "$pid" || status=$?
pid=
[ "$status" -eq 0 ] || fail "exit status $status"

python3 - "$results" <<'PY' || fail "results JSON is not as expected: $(cat "$results")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["bank_id"] == "my-bank", r["bank_id"]
assert r["total"] == 1 and r["answered"] == 1, (r["total"], r["answered"])
PY
echo "editor new bank: ok"
