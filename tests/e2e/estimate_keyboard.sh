#!/bin/bash
# An estimate answered by keyboard alone, in the real window under Xvfb with xdotool: a bank of
# one estimate (value 8, full marks for exactly 8, nothing from 3 away); Enter starts; "3,5"
# cannot be submitted (a decimal comma is refused, not read as 35); BackSpace x3, "9", Enter
# submits; Enter shows the results; q quits. The results JSON must hold 9 and a score of 2/3.
#   bash tests/e2e/estimate_keyboard.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

bank="$work/estimate.json"
results="$work/results.json"
cat >"$bank" <<'JSON'
{"format": "statecraft.bank", "version": "1.1", "id": "estimate-e2e", "title": "Estimates",
 "categories": [{"id": "numbers", "title": "Numbers"}],
 "questions": [{"id": "types", "category": "numbers", "type": "estimate",
   "prompt": "How many question types does bank format 1.1 define?",
   "value": 8, "unit": "types", "tolerance": 3,
   "explanation": "Six in 1.0, plus estimate and poll."}]}
JSON

e2e_start_app "$bin" --bank "$bank" --results-out "$results" --seed 3

press Return                 # Start: the one question
for k in 3 comma 5; do press "$k"; done
press Return                 # refused: "3,5" is not a number
[ -s "$results" ] && fail "a quiz ended on \"3,5\""
for _ in 1 2 3; do press BackSpace; done
press 9
press Return                 # Submit 9
press Return                 # See results
for _ in $(seq 50); do [ -s "$results" ] && break; sleep 0.1; done
[ -s "$results" ] || fail "no results file after the estimate"
e2e_quit_and_wait q

python3 - "$results" <<'PY' || fail "results JSON is not as expected: $(cat "$results")"
import json, sys
r = json.load(open(sys.argv[1]))
q = r["questions"][0]
assert q["type"] == "estimate", q
assert q["answer"] == {"type": "estimate", "value": 9}, q["answer"]
assert abs(q["score"] - 2 / 3) < 1e-9, q["score"]
assert r["total"] == 1 and r["answered"] == 1, r
print("estimate answered 9 for 8: score", q["score"])
PY
echo "PASS: an estimate typed, refused as \"3,5\", corrected and scored by keyboard"
