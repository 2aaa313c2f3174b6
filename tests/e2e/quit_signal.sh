#!/bin/bash
# SIGTERM and SIGHUP quit the real app (Xvfb, xdotool) the normal way with answers waiting:
#  1. the data folder cannot be made (a file stands in its way): two answers wait in memory;
#     SIGTERM: the app exits 0 and keeps them in a file; the next start (the folder fixed)
#     writes them to the database.
#  2. the folder is fixed while the app runs, then SIGHUP: closing writes them straight in.
#   bash tests/e2e/quit_signal.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 240 "$@"
e2e_workspace home
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
blocker="$work/blocker"
data="$blocker/data"

# The types "1" answers and the store keeps (a matrix takes a grid, a poll is never stored).
bank="$work/all-types.json"
python3 - "$src/questions/examples/all-types.json" "$bank" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
b["questions"] = [q for q in b["questions"] if q["type"] not in ("matrix", "poll")]
json.dump(b, open(sys.argv[2], "w"))
PY

# Starts the app, answers two questions (they wait in memory), leaves it running.
answer_two() {
    e2e_start_app "$bin" --bank "$bank" --data-dir "$data" --seed 7
    press Return  # Start quiz
    for _ in 1 2; do
        press 1
        press Return  # Submit: the answer waits in memory
        press Return  # Next question
    done
}

# Sends the signal and waits for a clean exit.
signal_and_wait() {
    kill "-$1" "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && fail "the app did not quit on SIG$1 within 10 s"
    status=0
    wait "$pid" || status=$?
    pid=
    [ "$status" -eq 0 ] || fail "exit status $status after SIG$1"
    grep -q "quit on signal" "$work/stderr" || fail "no word of the signal"
}

attempts() { "$bin" stats --data-dir "$data" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["overall"]["attempts"])'; }

# 1. SIGTERM with the disk refusing: kept in a file, written by the next start.
printf 'not a folder' >"$blocker"
answer_two
signal_and_wait TERM
grep -q "kept in $TMPDIR/statecraft-pending-" "$work/stderr" || fail "not told where the answers are kept"
kept=$(ls "$TMPDIR"/statecraft-pending-*.json) || fail "no pending-writes file"
python3 - "$kept" <<'PY' || fail "the kept file lacks the answers"
import json, sys
j = json.load(open(sys.argv[1]))
assert sum(1 for w in j["writes"] if w["op"] == "attempt") == 2, j["writes"]
PY
rm "$blocker" && mkdir -p "$data"
# (A screenshot run would not do: it never opens the real store, even with --data-dir.)
"$bin" --data-dir "$data" 2>"$work/stderr" &
pid=$!
e2e_wait_window '^Statecraft$'
signal_and_wait TERM
grep -q "kept from an earlier run" "$work/stderr" || fail "the next start did not say it wrote them back"
[ ! -e "$kept" ] || fail "the kept file is still there after being written"
[ "$(attempts)" = 2 ] || fail "expected 2 attempts after the restart, got $(attempts)"

# 2. SIGHUP after the folder is fixed: the close writes them directly.
rm -rf "$blocker" && printf 'not a folder' >"$blocker"
answer_two
rm "$blocker" && mkdir -p "$data"
signal_and_wait HUP
grep -q "kept in" "$work/stderr" && fail "answers were kept in a file though the disk took them"
[ "$(attempts)" = 2 ] || fail "expected 2 attempts after SIGHUP, got $(attempts)"
echo "quit signals: all checks passed"
