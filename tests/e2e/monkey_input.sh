#!/bin/bash
# Odd input: seeded random clicks, keys (Tab, Esc, Ctrl+Z/Y/S, Alt+arrows, Delete, ...) and
# non-ASCII typing all over the real window under Xvfb, for STEPS steps from Home. The app must
# never crash (a sanitizer build reports any memory error), may quit only with status 0 (a
# random click can hit Quit: it is then started again), and leaves a sound score database.
#   bash tests/e2e/monkey_input.sh BUILD_DIR/statecraft SOURCE_DIR [STEPS] [SEED]
set -euo pipefail

bin=$1
src=$2
steps=${3:-300}
seed=${4:-7}
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 600 "$@"
work=$(mktemp -d)
trap 'pkill -f -- "--data-dir $work/data" 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/xdg"
mkdir -p "$work/data"

python3 - "$bin" "$work" "$steps" "$seed" <<'PY'
import random, subprocess, sys, time

binary, work, steps, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)
keys = ["a", "e", "n", "x", "v", "c", "1", "2", "3", "Tab", "Return", "BackSpace", "Delete",
        "Up", "Down", "Left", "Right", "space", "Home", "End", "Page_Up", "Page_Down",
        "ctrl+z", "ctrl+y", "ctrl+shift+z", "ctrl+s", "ctrl+a", "ctrl+c", "ctrl+v",
        "alt+Up", "alt+Down", "shift+End", "Escape", "minus", "plus", "l", "m", "h", "d", "s"]
texts = ["Odd äöü ✓ text", "{\"json\": [1,2]}", "   ", "日本語", "a" * 80]

def fail(message):
    print("FAIL:", message, file=sys.stderr)
    sys.exit(1)

def start(run):
    err = open(f"{work}/stderr-{run}", "w")
    app = subprocess.Popen([binary, "--data-dir", f"{work}/data", "--seed", str(seed)],
                           stdout=subprocess.DEVNULL, stderr=err)
    # By name: the app of an earlier run has exited, so its window is gone.
    found = subprocess.run(["timeout", "30", "xdotool", "search", "--sync", "--name",
                            "^Statecraft$"], capture_output=True, text=True).stdout.split()
    if not found:
        fail("no window appeared")
    wid = found[0]
    subprocess.run(["xdotool", "windowmove", "--sync", wid, "0", "0"])
    subprocess.run(["xdotool", "windowfocus", "--sync", wid], stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    return app, wid

def check_exit(app, run):
    status = app.wait()
    log = open(f"{work}/stderr-{run}").read()
    if status != 0 or "Sanitizer" in log or "runtime error" in log:
        fail(f"run {run} ended with status {status}:\n{log[-4000:]}")

run = 0
app, wid = start(run)
for step in range(steps):
    if app.poll() is not None:  # it quit (a click on Quit, Q on Home): fine if cleanly
        check_exit(app, run)
        run += 1
        app, wid = start(run)
    r = rng.random()
    if r < 0.45:
        x, y = rng.randint(0, 1279), rng.randint(0, 719)
        subprocess.run(["xdotool", "mousemove", "--window", wid, str(x), str(y), "click",
                        str(rng.choice([1, 1, 1, 4, 5]))], stderr=subprocess.DEVNULL)
    elif r < 0.9:
        subprocess.run(["xdotool", "key", "--clearmodifiers", rng.choice(keys)],
                       stderr=subprocess.DEVNULL)
    else:
        subprocess.run(["xdotool", "type", "--delay", "5", rng.choice(texts)],
                       stderr=subprocess.DEVNULL)
    time.sleep(0.04)
time.sleep(0.5)
if app.poll() is None:
    app.terminate()  # still running after the last step: stop it
app.wait()
log = open(f"{work}/stderr-{run}").read()
if "Sanitizer" in log or "runtime error" in log:
    fail(f"sanitizer report:\n{log[-4000:]}")
print(f"{steps} steps, {run + 1} run(s), no crash")
PY
db="$work/data/statecraft.db"
if [ -f "$db" ]; then
    result=$(sqlite3 "$db" "PRAGMA integrity_check;")
    [ "$result" = "ok" ] || { echo "FAIL: integrity_check: $result" >&2; exit 1; }
fi
echo "monkey input: ok"
