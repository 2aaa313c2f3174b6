#!/bin/bash
# A practice quiz driven by the keyboard alone, in the real window under Xvfb with xdotool:
# on Home, "-" makes it a 3-question quiz, Enter starts it; each question gets
# "1" (choose the first answer, or type "1"), Enter (submit), Enter (go on); the results screen
# appears and "q" quits. Then the JSON written by --results-out is checked.
#   bash tests/e2e/practice_keyboard.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

results="$work/results.json"

# Every type "1" answers (a matrix is answered cell by cell: e2e_matrix_keyboard).
bank="$work/all-types.json"
python3 - "$src/questions/examples/all-types.json" "$bank" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b["questions"] = [q for q in b["questions"] if q["type"] != "matrix"]
json.dump(b, open(sys.argv[2], "w"))
PY
e2e_start_app "$bin" --bank "$bank" --results-out "$results" --seed 7

# Home starts at min(10, the bank's questions); "-" takes it down to 3.
n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["questions"]))' "$bank")
for _ in $(seq $((n - 3))); do press minus; done
press Return                 # Start quiz: 3 of the example's questions
for question in 1 2 3; do
    press 1                  # choose / toggle / select / match the first option, or type "1"
    press Return             # Submit
    press Return             # Next question, or See results after the third
done

for _ in $(seq 50); do [ -s "$results" ] && break; sleep 0.1; done
[ -s "$results" ] || fail "no results file after the third question"
e2e_quit_and_wait q  # Quit from the results screen

python3 - "$results" <<'PY' || fail "results JSON is not as expected: $(cat "$results")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["format"] == "statecraft.results", r["format"]
assert r["bank_id"] == "example-all-types", r["bank_id"]
assert r["seed"] == 7, r["seed"]
qs = r["questions"]
graded = [q for q in qs if q["type"] != "poll"]  # a poll is asked but never scored
assert r["total"] == len(graded) and r["answered"] == len(graded), (r["total"], r["answered"])
assert len(qs) == 3, len(qs)
assert len({q["id"] for q in qs}) == 3, "a question was asked twice"
for q in qs:
    a = q["answer"]
    assert a is not None and a["type"] == q["type"], q
    assert 0.0 <= q["score"] <= 1.0, q
    assert q["elapsed_ms"] >= 0, q
    # The "1" pressed for each question is in its answer.
    t = a["type"]
    if t in ("single", "multiple"): assert len(a["choices"]) == 1, a
    if t == "true_false": assert a["value"] is True, a
    if t == "matching": assert len(a["matches"]) == 1, a
    if t == "ordering": assert len(a["order"]) >= 2, a
    if t == "short_answer": assert a["text"] == "1", a
    if t == "estimate": assert a["value"] == 1, a
    if t == "poll": assert len(a["choices"]) == 1 and q["score"] == 0, a
total = sum(q["score"] for q in qs)
assert abs(total - r["score"]) < 1e-9, (total, r["score"])
assert 0.0 <= r["score"] <= len(graded)
print("results:", ", ".join(f'{q["id"]}={q["score"]:.2f}' for q in qs), "total", r["score"])
PY
echo "PASS: a 3-question quiz by keyboard; results written and checked"
