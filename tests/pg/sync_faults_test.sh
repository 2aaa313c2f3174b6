#!/usr/bin/env bash
# Faults of a sync against a real PostgreSQL: the connection killed during COPY (the rerun
# completes with no duplicates and nothing missing), a server schema older or newer than the
# program (clear message, no writes), and a password in the connection string (never in `ps`
# or in messages).
source "$(dirname "$0")/lib.sh"
sfx=$$
ana=ana_$sfx
expect_ok "version 5" "$bin" server init
add_account student "$ana" anapassword1
mkdir -p "$work/ana"
"$seed" "$work/ana/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 90000 7 Ana >/dev/null

# --- Killed during COPY: batches of 30,000 rows; a watcher inside the server polls every 5 ms
# and terminates the sync's backend while its COPY runs.
psql_q -d postgres -c "DO \$\$ BEGIN
  FOR i IN 1..4000 LOOP
    PERFORM pg_stat_clear_snapshot();
    IF (SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '$ana'
        AND query LIKE 'COPY incoming_attempts%' AND state = 'active') > 0 THEN
      RAISE NOTICE 'killed'; RETURN;
    END IF;
    PERFORM pg_sleep(0.005);
  END LOOP; END \$\$" 2>"$work/killed" &
watcher=$!
if "$bin" --data-dir "$work/ana" sync --batch 30000 --server "$(tcp "$ana" anapassword1)" >"$work/out" 2>&1; then
  wait $watcher || true
  fail "the sync was not interrupted (the watcher missed the COPY): $(cat "$work/out")"
fi
wait $watcher || true
grep -q killed "$work/killed" || fail "sync failed without being killed: $(cat "$work/out")"
grep -q "connection to the school server was lost" "$work/out" || fail "message: $(cat "$work/out")"
grep -q "Nothing was lost" "$work/out" || fail "no reassurance: $(cat "$work/out")"
partial=$(psql_q -c "select count(*) from statecraft.attempts")
[ "$partial" -lt 90000 ] || fail "everything arrived before the kill"
expect_ok "Sent" "$bin" --data-dir "$work/ana" sync --batch 30000 --server "$(tcp "$ana" anapassword1)"
[ "$(psql_q -c "select count(*) || ':' || count(distinct uuid) from statecraft.attempts")" = "90000:90000" ] \
  || fail "after the rerun: $(psql_q -c "select count(*), count(distinct uuid) from statecraft.attempts")"
sqlite3 "$work/ana/statecraft.db" "select uuid from attempts order by uuid" >"$work/local"
psql_q -c "select uuid from statecraft.attempts order by uuid::text" >"$work/server"
cmp -s "$work/local" "$work/server" || fail "uuids differ between the store and the server"
echo "killed mid-COPY after $partial rows; rerun complete, no duplicates"

# --- A password in the connection string: not in ps while the sync runs, not in messages.
add_account student "ben_$sfx" benpassword1
mkdir -p "$work/ben"
"$seed" "$work/ben/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 20 8 Ben >/dev/null
psql_q -c "begin; lock table statecraft.sessions in access exclusive mode; select pg_sleep(4); commit;" >/dev/null &
locker=$!
sleep 0.5
"$bin" --data-dir "$work/ben" sync --server "$(tcp "ben_$sfx" benpassword1)" >"$work/ben.out" 2>&1 &
syncer=$!
for _ in $(seq 1 100); do
  waiting=$(psql_q -d postgres -c "select count(*) from pg_stat_activity where usename = 'ben_$sfx' and wait_event_type = 'Lock'")
  [ "$waiting" -gt 0 ] && break
  sleep 0.05
done
[ "$waiting" -gt 0 ] || fail "the sync never waited on the lock"
kill -0 $syncer || fail "the sync is not running"
tr '\0' ' ' </proc/$syncer/cmdline >"$work/cmdline"
grep -q "password=xxxxxxxxxxxx" "$work/cmdline" || fail "argv not masked: $(cat "$work/cmdline")"
ps -eo args | grep -v grep | grep -q benpassword1 && fail "the password shows in ps"
wait $syncer || fail "sync after the lock: $(cat "$work/ben.out")"
wait $locker
grep -q benpassword1 "$work/ben.out" && fail "the password is in the output"
expect_fail "password authentication failed" "$bin" --data-dir "$work/ben" sync --server "$(tcp "ben_$sfx" wrongpassword9)"
grep -q wrongpassword9 "$work/out" && fail "the wrong password is in the message"
expect_fail "Cannot connect" "$bin" --data-dir "$work/ben" sync --server "postgresql://ben_$sfx:uripassword7@127.0.0.1:1/x?connect_timeout=2"
grep -q uripassword7 "$work/out" && fail "the URI password is in the message"

# --- Schema older, then newer, than the program: a clear message and no writes.
old=${db}_old
createdb "$old"
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1; dropdb --if-exists "$old" >/dev/null 2>&1 || true' EXIT
expect_ok "version 1 \\(was 0\\)" "$bin" server init --server "dbname=$old" --schema-version 1
older() { echo "host=127.0.0.1 port=$PGPORT dbname=$old user=ben_$sfx password=benpassword1"; }
expect_fail "older than this Statecraft .*server init.*nothing was written" "$bin" --data-dir "$work/ben" sync --server "$(older)"
[ "$(psql_q -d "$old" -c "select count(*) from statecraft.sessions")" = 0 ] || fail "wrote to an older schema"
expect_ok "version 5 \\(was 1\\)" "$bin" server init --server "dbname=$old"
expect_ok "20 answers \\(20 new" "$bin" --data-dir "$work/ben" sync --server "$(older)"
psql_q -d "$old" -c "update statecraft.server_info set schema_version = 99"
"$seed" "$work/ben/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 5 9 Ben >/dev/null
expect_fail "version 99, newer than this Statecraft understands.*nothing was written" "$bin" --data-dir "$work/ben" sync --server "$(older)"
expect_fail "newer than this Statecraft" "$bin" server init --server "dbname=$old"
[ "$(psql_q -d "$old" -c "select count(*) from statecraft.attempts")" = 20 ] || fail "wrote to a newer schema"
echo "ok: killed COPY, password hidden, schema versions"
