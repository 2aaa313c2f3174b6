#!/bin/bash
# Home without a mouse, in the real window under Xvfb with xdotool. Three banks (3, 5 and 7
# questions): Down and Up choose a bank (the count follows each bank's default until the student
# sets one); "-" sets the count, which then carries over to another bank within its size; Space
# on the chosen bank (choosing it again) keeps the count; Enter starts a quiz on that bank. Its
# questions are orderings: 3, Alt+Up twice moves the third item to the top, and Space then acts
# on that item (focus stays on it), not on "Home". The results JSON must name Bank B and hold
# 3 answered orderings (a reset count would give 5, a Space on "Home" fewer answers).
#   bash tests/e2e/home_keyboard.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

results="$work/results.json"
mkdir -p "$work/questions"
# a.json: 3 questions, b.json: 5, c.json: 7; each an ordering of four steps.
python3 - "$work/questions" <<'PY'
import json, sys
for name, n in (("a", 3), ("b", 5), ("c", 7)):
    bank = {
        "format": "statecraft.bank", "version": "1.1", "id": "bank-" + name,
        "title": "Bank " + name.upper(), "categories": [{"id": "steps", "title": "Steps"}],
        "questions": [{
            "id": f"{name}{i}", "category": "steps", "type": "ordering",
            "prompt": f"Put the steps of routine {i} in order.",
            "sequence": [f"Step one of {i}", f"Step two of {i}", f"Step three of {i}",
                         f"Step four of {i}"],
            "explanation": "They follow their numbers."} for i in range(1, n + 1)]}
    json.dump(bank, open(f"{sys.argv[1]}/{name}.json", "w"))
PY
export STATECRAFT_QUESTIONS="$work/questions"

e2e_start_app "$bin" --results-out "$results" --seed 11

press Down      # Bank B (5 questions: the default count is 5)
press Down      # Bank C (7)
press Up        # Bank B again
press minus
press minus     # 3 of Bank B's 5: a count the student set
press Down      # Bank C: the count stays 3
press Up        # Bank B: still 3
press space     # choosing the chosen bank again keeps it
press Return    # Start: 3 questions of Bank B
for question in 1 2 3; do
    press 3             # the third item
    press alt+Up
    press alt+Up        # now first; the keyboard focus is on it
    press space         # acts on the focused item; before the fix it pressed "Home"
    press Return        # Submit
    press Return        # Next, or See results
done

for _ in $(seq 50); do [ -s "$results" ] && break; sleep 0.1; done
[ -s "$results" ] || fail "no results file after the third question"
e2e_quit_and_wait q

python3 - "$results" <<'PY' || fail "results JSON is not as expected: $(cat "$results")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["bank_id"] == "bank-b", r["bank_id"]
qs = r["questions"]
assert len(qs) == 3 and r["answered"] == 3, (len(qs), r["answered"])
for q in qs:
    order = q["answer"]["order"]
    assert len(order) == 4 and len(set(order)) == 4, q
print("orders:", [q["answer"]["order"] for q in qs])
PY
echo "PASS: a bank chosen, its count kept and a quiz of orderings answered by keyboard"
