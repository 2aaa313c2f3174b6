#!/usr/bin/env bash
# The Sync button on Progress, in the real window under Xvfb against the real server: a
# student's app, configured as the README says (PG* variables and a password file), opens
# Progress, presses S, and the server gets every answer while the window keeps running; a
# `statecraft sync` afterwards finds nothing left to send (the button moved the cursor).
if [ -z "${DISPLAY:-}" ]; then
  exec timeout 300 xvfb-run -a -s "-screen 0 1280x720x24" bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
ana=ana_$$
app=

"$bin" server init >/dev/null
add_account student "$ana" anapassword1
mkdir -p "$work/ana"
"$seed" "$work/ana/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 300 1 Ana >/dev/null
profile=$(sqlite3 "$work/ana/statecraft.db" "select name from profiles limit 1")

# The student's computer: the server in PG* variables, the password in a file of mode 600.
printf '127.0.0.1:%s:%s:%s:anapassword1\n' "$PGPORT" "$db" "$ana" >"$work/pgpass"
chmod 600 "$work/pgpass"
server_env=(env PGHOST=127.0.0.1 PGPORT="$PGPORT" PGDATABASE="$db" PGUSER="$ana"
  PGPASSFILE="$work/pgpass" HOME="$work/home" XDG_CONFIG_HOME="$work/config")
stop_app() { [ -n "$app" ] && kill "$app" 2>/dev/null || true; }
trap 'stop_app; rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT

"${server_env[@]}" "$bin" --data-dir "$work/ana" 2>"$work/stderr" &
app=$!
wid=$(timeout 30 xdotool search --sync --name '^Statecraft$' | head -1) || true
[ -n "$wid" ] || fail "no window: $(cat "$work/stderr")"
xdotool windowfocus --sync "$wid" 2>/dev/null || true
xdotool mousemove --window "$wid" 1270 360
sleep 1
press() {
  kill -0 "$app" 2>/dev/null || fail "the app exited early (at key $1): $(cat "$work/stderr")"
  xdotool key --clearmodifiers "$1"
  sleep 0.5
}
press p  # Progress
press s  # Sync
count=0
for _ in $(seq 60); do
  count=$(psql_q -c "select count(*) from statecraft.attempts where student = '$ana'")
  [ "$count" = 300 ] && break
  sleep 0.5
done
[ "$count" = 300 ] || fail "the server has $count of 300 answers after pressing Sync"
kill -0 "$app" 2>/dev/null || fail "the app exited during the sync: $(cat "$work/stderr")"
sleep 1
xdotool key --clearmodifiers q
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app" 2>/dev/null && fail "the app did not quit on q"
wait "$app" || fail "the app exited with $?: $(cat "$work/stderr")"
app=

# The button moved the cursor: the command line finds nothing new to send.
"${server_env[@]}" "$bin" --data-dir "$work/ana" sync --profile "$profile" >"$work/out" 2>&1 ||
  fail "sync after the button: $(cat "$work/out")"
grep -q " 0 answers" "$work/out" || fail "the button did not move the cursor: $(cat "$work/out")"
echo "PASS: the Sync button sent 300 answers from the running app; the CLI found none left"
