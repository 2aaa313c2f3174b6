# The start-up shared by the e2e scripts that use the real window. Sourced, not a test.
#   source "$(dirname "$0")/lib.sh"

# Without a display, runs the calling script again under a virtual X server (1280x720, 24-bit),
# stopped after LIMIT seconds (0: no limit). Usage: e2e_under_xvfb LIMIT "$@"
e2e_under_xvfb() {
    local limit=$1
    shift
    if [ -z "${DISPLAY:-}" ]; then
        if [ "$limit" -gt 0 ]; then
            exec timeout "$limit" xvfb-run -a -s "-screen 0 1280x720x24" bash "$0" "$@"
        fi
        exec xvfb-run -a -s "-screen 0 1280x720x24" bash "$0" "$@"
    fi
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
}

# Exits 77 (skipped) when the browser tests cannot run here: Debian's chromium, chromium-driver
# and python3-selenium (CI installs them; only a hand-made machine lacks them).
e2e_require_browser() {
    /usr/bin/python3 -c "import selenium" 2>/dev/null || { echo "SKIP: python3-selenium"; exit 77; }
    command -v chromium >/dev/null && command -v chromedriver >/dev/null ||
        { echo "SKIP: chromium and chromium-driver are not installed"; exit 77; }
}

# A scratch folder $work, removed on exit together with the program started as $pid; fail()
# prints its message and the program's log ($work/stderr unless LOG is given). With "home", a
# home of its own too: no settings or banks of the person running the test.
# Usage: e2e_workspace [home] [LOG]
e2e_workspace() {
    work=$(mktemp -d)
    pid=
    e2e_log="$work/${2:-stderr}"
    trap 'e2e_cleanup' EXIT
    if [ "${1:-}" = home ]; then
        export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
    fi
}
e2e_cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -rf "$work"
}
fail() {
    echo "FAIL: $*" >&2
    [ -f "$e2e_log" ] && cat "$e2e_log" >&2
    exit 1
}

# Waits up to SECONDS (default 30) for the window whose title matches NAME; sets wid.
# Usage: e2e_wait_window NAME [SECONDS]
e2e_wait_window() {
    wid=$(timeout "${2:-30}" xdotool search --sync --name "$1" | head -1) || true
    [ -n "$wid" ] || fail "no window appeared within ${2:-30} s"
}

# For command-line checks: runs COMMAND with its output in $tmp/out.txt; an exit code other than
# CODE prints the output and sets fail=1 (the script goes on and exits $fail at the end).
# Usage: expect CODE DESCRIPTION COMMAND...
expect() {
    local want="$1" what="$2"
    shift 2
    "$@" >"$tmp/out.txt" 2>&1
    local got=$?
    if [ "$got" != "$want" ]; then
        echo "FAIL: $what: exit $got, want $want"
        cat "$tmp/out.txt"
        fail=1
    fi
}

# Starts the app (COMMAND...) in the background with its stderr in $e2e_log, waits for its
# window, focuses it and parks the mouse out of the way of every widget (at $e2e_mouse,
# default "1270 360"). Sets pid and wid. Usage: e2e_start_app COMMAND...
e2e_start_app() {
    "$@" 2>"$e2e_log" &
    pid=$!
    e2e_wait_window '^Statecraft$'
    xdotool windowfocus --sync "$wid" 2>/dev/null || true
    # shellcheck disable=SC2086  # two coordinates
    xdotool mousemove --window "$wid" ${e2e_mouse:-1270 360}
    sleep 1
}

# One key, then time for the app to draw what it did (it renders a few frames per input):
# SECONDS, else $e2e_pause, else 0.5. Usage: press KEY [SECONDS]
press() {
    kill -0 "$pid" 2>/dev/null || fail "the app exited early (at key $1)"
    xdotool key --clearmodifiers "$1"
    sleep "${2:-${e2e_pause:-0.5}}"
}

# Presses KEY (default q) and waits up to 10 s for the app to end, with exit status 0.
# Usage: e2e_quit_and_wait [KEY]
e2e_quit_and_wait() {
    press "${1:-q}"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && fail "the app did not quit on ${1:-q}"
    local status=0
    wait "$pid" || status=$?
    pid=
    [ "$status" -eq 0 ] || fail "exit status $status"
}
