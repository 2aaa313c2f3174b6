#!/bin/bash
# A matrix question (evidence against hypotheses) answered by keyboard in the real window under
# Xvfb with xdotool: a bank of one 4x4 matrix; Enter starts the quiz, C/I/N fill the 16 cells
# row by row (each mark moves on), then the arrows go back to change two cells; Enter submits,
# Enter shows the results, q quits. The results JSON must hold every cell and the weighted
# score. Then --screen practice --question draws the matrix at 100 % and 200 %.
#   bash tests/e2e/matrix_keyboard.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home

bank="$work/matrix.json"
results="$work/results.json"
cat >"$bank" <<'JSON'
{
  "format": "statecraft.bank", "version": "1.1", "id": "matrix-e2e", "title": "Matrix by keyboard",
  "categories": [{ "id": "c", "title": "Readings" }],
  "questions": [{
    "id": "grid", "category": "c", "type": "matrix",
    "prompt": "Mark each piece of evidence against each reading.",
    "explanation": "Rows 1, 2 and 4 tell the readings apart; row 3 does not.",
    "columns": ["Reading A", "Reading B", "Reading C", "Reading D"],
    "rows": [
      { "text": "Evidence one", "cells": ["C", "I", "N", "N"] },
      { "text": "Evidence two", "cells": ["I", "CC", "C", "C"] },
      { "text": "Evidence three", "cells": ["N", "N", "N", "N"] },
      { "text": "Evidence four", "cells": ["C", "C", "II", "N"] }
    ]
  }]
}
JSON

e2e_start_app "$bin" --bank "$bank" --results-out "$results" --seed 7

e2e_pause=0.4  # per key
press Return  # Start quiz: the one question
# Row by row; the last cell is typed wrong (C for N) on purpose.
for key in c i n n   i c c c   n n n n   c c i c; do press "$key"; done
press Left    # the cursor stayed on the last cell (row 4, column 4): to column 3,
press Up      # then row 3, column 3
press i       # a wrong mark in the non-diagnostic row (key N); the cursor moves to column 4
press Down    # row 4, column 4
press n       # fixed: N
press Return  # Submit
press Return  # See results

for _ in $(seq 50); do [ -s "$results" ] && break; sleep 0.1; done
[ -s "$results" ] || fail "no results file after submitting"
e2e_quit_and_wait q

python3 - "$results" <<'PY' || fail "results JSON is not as expected: $(cat "$results")"
import json, sys
r = json.load(open(sys.argv[1]))
assert r["bank_id"] == "matrix-e2e", r["bank_id"]
assert r["total"] == 1 and r["answered"] == 1, (r["total"], r["answered"])
q = r["questions"][0]
a = q["answer"]
assert q["type"] == "matrix" and a["type"] == "matrix", q
want = [["C", "I", "N", "N"], ["I", "C", "C", "C"], ["N", "N", "I", "N"], ["C", "C", "I", "N"]]
assert a["cells"] == want, a["cells"]
# Diagnostic rows weigh 2 a cell (3 rows: 24), the uniform row 1 a cell (4): one cell of
# the uniform row wrong leaves 27 of 28.
assert abs(q["score"] - 27 / 28) < 1e-9, q["score"]
assert q["correct"] is False, q
assert abs(r["score"] - 27 / 28) < 1e-9, r["score"]
print("cells", a["cells"], "score", q["score"])
PY

# The matrix drawn by --screen practice at 100 % and 200 %, before and after submitting.
for scale in 1 2; do
    for submitted in "" --submitted; do
        out="$work/matrix-$scale${submitted:+-submitted}.png"
        timeout 60 "$bin" --bank "$bank" --screen practice --question grid $submitted \
            --scale "$scale" --screenshot "$out" 2>"$work/stderr" ||
            fail "screenshot at $scale: exit $?"
        python3 - "$out" <<'PY' || fail "$out is not a 1280x720 picture with content"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
assert struct.unpack(">II", data[16:24]) == (1280, 720)
assert len(data) > 15000, len(data)
PY
    done
done
echo "PASS: a 4x4 matrix filled by keyboard; cells and weighted score in the results JSON"
