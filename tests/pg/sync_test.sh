#!/usr/bin/env bash
# statecraft server init / add-* / sync against a real PostgreSQL: a class, students joining,
# idempotent and resumable sync, the server down, and row-level security between students.
source "$(dirname "$0")/lib.sh"
sfx=$$
ana=ana_$sfx ben=ben_$sfx teacher=kim_$sfx

expect_ok "version 5 \(was 0\)" "$bin" server init
expect_ok "up to date" "$bin" server init
add_account teacher "$teacher" teacherpw1
add_account student "$ana" anapassword1
add_account student "$ben" benpassword1
out=$("$bin" server add-class "10B politics" --teacher "$teacher" --term 2026-autumn)
code=$(echo "$out" | grep -o 'join [A-Z0-9]\{8\}' | cut -d' ' -f2)
[ -n "$code" ] || fail "no class code in: $out"
expect_fail "No teacher named" "$bin" server add-class "x" --teacher nobody_$sfx

# Two students' computers, 300 answers each.
mkdir -p "$work/ana" "$work/ben"
"$seed" "$work/ana/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 300 1 Ana >/dev/null
"$seed" "$work/ben/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 300 2 Ben >/dev/null
ana_db=$work/ana/statecraft.db

# The server down: a clear message, exit 1, the local store untouched.
down=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
before=$(sqlite3 "$ana_db" "select count(*) from attempts")
if "$bin" --data-dir "$work/ana" sync --server "host=127.0.0.1 port=$down user=$ana password=anapassword1 connect_timeout=3" >"$work/out" 2>&1; then
  fail "sync to a server that is down succeeded"
fi
grep -q "Cannot connect to the school server" "$work/out" || fail "unclear message: $(cat "$work/out")"
grep -q "Nothing was lost" "$work/out" || fail "no reassurance: $(cat "$work/out")"
grep -q anapassword1 "$work/out" && fail "the password is in the message"
[ "$(sqlite3 "$ana_db" "select count(*) from attempts")" = "$before" ] || fail "local rows changed"

# First sync joins the class and sends everything; the second sends nothing new.
"$bin" --data-dir "$work/ana" sync --server "$(tcp "$ana" anapassword1)" --join "$code" >"$work/out"
grep -q 'Joined the class "10B politics"' "$work/out" || fail "join: $(cat "$work/out")"
grep -q "300 answers (300 new" "$work/out" || fail "first sync: $(cat "$work/out")"
expect_ok " 0 answers" "$bin" --data-dir "$work/ana" sync --server "$(tcp "$ana" anapassword1)"
# New answers later: only they go.
"$seed" "$ana_db" "$src/questions/iran-russia-missiles.json" 1 50 3 Ana >/dev/null
expect_ok "50 answers \(50 new" "$bin" --data-dir "$work/ana" sync --server "$(tcp "$ana" anapassword1)"
[ "$(psql_q -c "select count(*), count(distinct uuid) from statecraft.attempts where student = '$ana'")" = "350|350" ] \
  || fail "server rows for ana"
# The ids on the server are exactly the local ones.
sqlite3 "$ana_db" "select uuid from attempts order by uuid" >"$work/local"
psql_q -c "select uuid from statecraft.attempts where student = '$ana' order by uuid::text" >"$work/server"
cmp -s "$work/local" "$work/server" || fail "uuids differ between the store and the server"

# Wrong code: a clear message.
expect_fail 'no class has the code' "$bin" --data-dir "$work/ben" sync --server "$(tcp "$ben" benpassword1)" --join NOPE1234
"$bin" --data-dir "$work/ben" sync --server "$(tcp "$ben" benpassword1)" >/dev/null

# Row-level security. Ben's credentials on Ana's rows (her database, same uuids): refused, and
# nothing of hers changes hands.
if "$bin" --data-dir "$work/ana" sync --server "$(tcp "$ben" benpassword1)" >"$work/out" 2>&1; then
  fail "ben's credentials updated ana's sessions"
fi
grep -qi "row-level security" "$work/out" || fail "RLS message: $(cat "$work/out")"
[ "$(psql_q -c "select count(*) from statecraft.attempts where student = '$ben'")" = 300 ] || fail "ben's rows"
# As Ben, straight SQL: cannot insert a row as Ana, sees only his own rows.
export PGPASSWORD=benpassword1
psql -X -h 127.0.0.1 -U "$ben" -Atq -c "insert into statecraft.attempts (uuid, student, session_uuid, bank_id, question_id, question_hash, category, answer, score, correct, time_ms, answered_ms, day) values (gen_random_uuid(), '$ana', gen_random_uuid(), 'b', 'q', 'h', 'c', 'null', 1, true, 1, 1, 1)" \
  2>"$work/err" && fail "ben inserted a row as ana"
grep -q "row-level security" "$work/err" || fail "insert refusal: $(cat "$work/err")"
[ "$(psql -X -h 127.0.0.1 -U "$ben" -Atq -c "select count(distinct student) || ':' || count(*) from statecraft.attempts")" = "1:300" ] \
  || fail "ben reads rows that are not his"
psql -X -h 127.0.0.1 -U "$ben" -Atq -c "select count(*) from statecraft.classes" 2>/dev/null && fail "a student reads the classes"
# The teacher reads Ana's rows (she joined) and not Ben's (he did not).
export PGPASSWORD=teacherpw1
[ "$(psql -X -h 127.0.0.1 -U "$teacher" -Atq -c "select string_agg(distinct student, ',') || ':' || count(*) from statecraft.attempts")" = "$ana:350" ] \
  || fail "teacher's view"
unset PGPASSWORD

# Classroom games (saved by the app on the teacher's computer) go with --profile Classroom, a
# live game's confidence with them (Owls sure and right, Hawks sure but wrong).
mkdir -p "$work/teacher"
"$seed" "$work/teacher/statecraft.db" "$src/questions/iran-russia-missiles.json" 1 1 4 t >/dev/null
sqlite3 "$work/teacher/statecraft.db" "
  insert into profiles (name, created_ms, last_used_ms) values ('Classroom', 0, 0);
  insert into sessions (profile_id, bank_id, bank_hash, mode, started_ms, ended_ms, score, max_score, uuid)
    values ((select id from profiles where name = 'Classroom'), 'iran-russia-missiles', 'h', 'classroom', 1, 2, 1, 1,
            '6f1d7c2e-8a4b-4c3d-9e5f-0123456789ab');
  insert into classroom_results (session_id, round, team, team_rank, team_total, question_id, question_type,
      answered, answer_ids, answer_text, correct, fraction, time_ms, points, streak_bonus, confidence)
    select id, 1, team, rank, total, 'actors-zarif-signal', 'single', 1, id_, id_, right_, right_, 3000,
           total, 0, confidence
    from sessions, (select 'Owls' as team, 1 as rank, 900 as total, 'a' as id_, 1 as right_, 3 as confidence
                    union all select 'Hawks', 2, 0, 'b', 0, 3) where mode = 'classroom';"
teach="$(tcp "$teacher" teacherpw1)"
expect_ok "Sent 1 classroom games \\(2 answers\\)" "$bin" --data-dir "$work/teacher" sync --profile Classroom --server "$teach"
expect_ok "Sent 0 classroom games" "$bin" --data-dir "$work/teacher" sync --profile Classroom --server "$teach"
[ "$(psql_q -c "select count(*) || ':' || min(student) || ':' || string_agg(team || confidence, ',' order by team) from statecraft.classroom_results")" = "2:$teacher:Hawks3,Owls3" ] \
  || fail "classroom rows on the server"
# The server's summary is the local one, confidence included.
"$bin" --data-dir "$work/teacher" stats --classroom >"$work/local_games"
grep -q "2. Hawks: 0 points, 0 of 1 right, confidence on 1 answer (1 sure but wrong)" "$work/local_games" \
  || fail "local classroom summary: $(cat "$work/local_games")"
expect_ok "1. Owls: 900 points, 1 of 1 right, confidence on 1 answer \\(0 sure but wrong\\)" \
  "$bin" stats --classroom --server "$teach"
diff "$work/local_games" "$work/out" >&2 || fail "the server's classroom summary differs from the local one"
"$bin" stats --classroom --server "$teach" --format json >"$work/games.json"
python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['classroom_games'][0]['teams']; assert [(x['team'], x['with_confidence'], x['sure_but_wrong']) for x in t]==[('Owls',1,0),('Hawks',1,1)], t" \
  "$work/games.json" || fail "server classroom JSON: $(cat "$work/games.json")"
expect_fail "--server goes with --classroom" "$bin" stats --server "$teach"
# A student sent no classroom games: an empty list, not an error.
expect_ok "No classroom games saved yet" "$bin" stats --classroom --server "$(tcp "$ana" anapassword1)"
# A game sent before schema 5 reached the server without its confidence (simulated: the column
# emptied, the cursor under its pre-5 name): the next sync sends it again and fills it in.
psql_q -c "update statecraft.classroom_results set confidence = null"
sqlite3 "$work/teacher/statecraft.db" "update sync_cursors set server_id = replace(server_id, '/with-confidence', '')"
expect_ok "Sent 1 classroom games \\(2 answers\\)" "$bin" --data-dir "$work/teacher" sync --profile Classroom --server "$teach"
[ "$(psql_q -c "select count(*) || ':' || count(confidence) from statecraft.classroom_results")" = "2:2" ] \
  || fail "a game sent again did not fill in its confidence"
expect_ok "." "$bin" stats --classroom --server "$teach"
diff "$work/local_games" "$work/out" >&2 || fail "after the second sending, the server's summary differs"
# A teacher may fill in an empty confidence, never change another column.
export PGPASSWORD=teacherpw1
psql -X -h 127.0.0.1 -U "$teacher" -Atq -c "update statecraft.classroom_results set points = 0" 2>"$work/err" \
  && fail "a teacher changed the points of a game on the server"
grep -q "permission denied" "$work/err" || fail "update refusal: $(cat "$work/err")"
unset PGPASSWORD
echo "ok: sync, idempotence, server down, RLS"
