#!/bin/bash
# UI benchmarks of issue 4, all in one virtual X server (same run, same machine load):
#  1. start-up to the first saved frame: the app with --screenshot against bench_bare_frame
#     (a bare SFML + ImGui program that renders and saves one frame); median of N whole
#     processes each, interleaved; goal: ratio <= 1.5.
#  2. CPU at rest: the app's window left alone; utime+stime from /proc/PID/stat over 10 s
#     once it has gone idle; goal: < 1% of one core.
#
# usage: tests/bench/run_ui_benchmarks.sh [BUILD_DIR]     (default build/release)
#   build first: cmake --preset release && cmake --build --preset release \
#                  --target statecraft bench_bare_frame bench_platform_frame
# The app is `statecraft --bank questions/examples/all-types.json --screen home` when the
# statecraft binary knows --screenshot, else bench_platform_frame (the platform layer drawing
# a sample question screen). Override with APP_START / APP_IDLE (commands without the output).
# Env: RUNS (default 5), IDLE_SECONDS (default 10).
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=$(cd "${1:-$source_dir/build/release}" && pwd)
runs=${RUNS:-5}
idle_seconds=${IDLE_SECONDS:-10}

if [ -z "${DISPLAY:-}" ]; then
    command -v xvfb-run >/dev/null || { echo "needs xvfb-run (package xvfb)" >&2; exit 1; }
    exec xvfb-run -a -s "-screen 0 1280x720x24" bash "$0" "$build_dir"
fi

bare="$build_dir/bench_bare_frame"
statecraft="$build_dir/statecraft"
[ -x "$bare" ] || { echo "missing $bare: build target bench_bare_frame" >&2; exit 1; }
if [ -z "${APP_START:-}" ]; then
    if [ -x "$statecraft" ] && "$statecraft" --help 2>&1 | grep -q -- --screenshot; then
        APP_START="$statecraft --bank $source_dir/questions/examples/all-types.json --screen home"
    else
        APP_START="$build_dir/bench_platform_frame"
    fi
fi
APP_IDLE=${APP_IDLE:-$APP_START}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config"  # never read or write the user's own settings

now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# 1. Start-up: one warm-up run each (disk cache, shader cache), then interleaved runs.
"$bare" "$work/bare.png" >/dev/null 2>&1
$APP_START --screenshot "$work/app.png" >/dev/null 2>&1
: >"$work/bare.ms"
: >"$work/app.ms"
for _ in $(seq "$runs"); do
    t0=$(now_ns)
    "$bare" "$work/bare.png" >/dev/null 2>&1
    t1=$(now_ns)
    $APP_START --screenshot "$work/app.png" >/dev/null 2>&1
    t2=$(now_ns)
    echo $(((t1 - t0) / 1000000)) >>"$work/bare.ms"
    echo $(((t2 - t1) / 1000000)) >>"$work/app.ms"
done
[ -s "$work/app.png" ] || { echo "the app saved no screenshot" >&2; exit 1; }
bare_ms=$(median <"$work/bare.ms")
app_ms=$(median <"$work/app.ms")
ratio=$(awk -v a="$app_ms" -v b="$bare_ms" 'BEGIN {printf "%.2f", a / b}')
echo "start-up to first saved frame (median of $runs, ms): app $app_ms, bare $bare_ms"
echo "  runs app:  $(tr '\n' ' ' <"$work/app.ms")"
echo "  runs bare: $(tr '\n' ' ' <"$work/bare.ms")"
echo "  ratio app/bare: ${ratio}x (goal <= 1.5x)"

# 2. CPU at rest.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
$APP_IDLE >/dev/null 2>&1 &
pid=$!
sleep 1
# Idle = a whole second with at most one clock tick of CPU (start-up frames are over).
for _ in $(seq 20); do
    a=$(ticks "$pid")
    sleep 1
    b=$(ticks "$pid")
    [ $((b - a)) -le 1 ] && break
done
a=$(ticks "$pid")
sleep "$idle_seconds"
b=$(ticks "$pid")
kill "$pid"
wait "$pid" 2>/dev/null || true
percent=$(awk -v t=$((b - a)) -v hz="$hz" -v s="$idle_seconds" \
    'BEGIN {printf "%.2f", 100 * t / hz / s}')
echo "CPU at rest over ${idle_seconds} s: ${percent}% of one core ($((b - a)) ticks at ${hz} Hz; goal < 1%)"
echo "  app: $APP_IDLE"
awk -v r="$ratio" -v p="$percent" 'BEGIN {exit !(r <= 1.5 && p < 1.0)}' && echo "goals: met" ||
    echo "goals: NOT met"
