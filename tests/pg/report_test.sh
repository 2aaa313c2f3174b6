#!/usr/bin/env bash
# statecraft report against a real PostgreSQL: six students on a shared computer sync, each
# with their own account; the teacher's class report and item analysis on the server equal the
# local ones of the same computer, find the miskeyed question, and leave out a student of
# another class.
source "$(dirname "$0")/lib.sh"
sfx=$$
teacher=kim_$sfx
bank=$src/questions/iran-russia-missiles.json
miskeyed=actors-zarif-signal
expect_ok "version 5" "$bin" server init
add_account teacher "$teacher" teacherpw1
expect_ok "join" "$bin" server add-class "10B" --teacher "$teacher"
code=$(grep -o 'join [A-Z0-9]\{8\}' "$work/out" | cut -d' ' -f2)
mkdir -p "$work/pc" "$work/other"
"$seed" "$work/pc/statecraft.db" "$bank" 6 400 11 p "$miskeyed" >/dev/null
for i in 1 2 3 4 5 6; do
  add_account student "s${i}_$sfx" "studentpw$i"
  expect_ok "400 answers \\(400 new" "$bin" --data-dir "$work/pc" sync --profile "p$i" \
    --server "$(tcp "s${i}_$sfx" "studentpw$i")" --join "$code"
done
# A student who did not join the class.
add_account student "out_$sfx" outsiderpw1
"$seed" "$work/other/statecraft.db" "$bank" 1 50 12 x >/dev/null
expect_ok "50 answers" "$bin" --data-dir "$work/other" sync --server "$(tcp "out_$sfx" outsiderpw1)"

teach="$(tcp "$teacher" teacherpw1)"
# Class report: the six, not the outsider; JSON and CSV well formed.
expect_ok "^6 students, 2400 answers" "$bin" report class --server "$teach"
grep -q "out_$sfx" "$work/out" && fail "the teacher sees a student of no class of theirs"
grep -q "^s3_$sfx: 1 sessions, 400 answers" "$work/out" || fail "student line: $(cat "$work/out")"
"$bin" report class --server "$teach" --class "$code" --format json >"$work/class.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d['students'])==6 and d['answers']==2400" "$work/class.json" \
  || fail "class JSON"
"$bin" report class --server "$teach" --format csv | head -1 | grep -q "^student,category,sessions,answers,accuracy,last_active,weakest" \
  || fail "class CSV header"
expect_fail "No class named or coded" "$bin" report class --server "$teach" --class NOSUCH99

# Item analysis: the server's figures are this computer's figures (same answers).
"$bin" report items --bank "$bank" --server "$teach" --format csv >"$work/server.csv"
"$bin" --data-dir "$work/pc" report items --bank "$bank" --format csv >"$work/local.csv"
[ "$(wc -l <"$work/server.csv")" -gt 20 ] || fail "too few items: $(cat "$work/server.csv")"
diff "$work/server.csv" "$work/local.csv" >&2 || fail "server and local item analysis differ"
# The reports read totals kept on insert: a history sent again (its cursor lost) adds nothing.
sqlite3 "$work/pc/statecraft.db" "delete from sync_cursors"
expect_ok "400 answers \\(0 new" "$bin" --data-dir "$work/pc" sync --profile p1 \
  --server "$(tcp "s1_$sfx" studentpw1)"
"$bin" report items --bank "$bank" --server "$teach" --format csv >"$work/again.csv"
diff "$work/server.csv" "$work/again.csv" >&2 || fail "a history sent again changed the figures"
expect_ok "$miskeyed: negative discrimination: possibly miskeyed" "$bin" report items --bank "$bank" --server "$teach"
expect_ok "distractor \"[a-d]\" never chosen" "$bin" report items --bank "$bank" --server "$teach"
# A student reads only their own answers.
expect_ok "^1 students, 400 answers" "$bin" report class --server "$(tcp "s2_$sfx" studentpw2)"

# Schema version 3 adds up the attempts already on a version 2 server, version 4 those of
# version 3's item totals; after that each insert keeps both. Version 5 gives classroom results
# a confidence: empty on the rows already there, 1-3 on new ones.
v2=${db}_v2
createdb "$v2"
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1; dropdb --if-exists "$v2" >/dev/null 2>&1 || true' EXIT
add_answers() {  # add_answers FROM TO: answers g = FROM..TO, by 7 students to 5 questions
  psql_q -d "$v2" -c "insert into statecraft.attempts (uuid, student, session_uuid, bank_id,
    question_id, question_hash, category, answer, score, correct, time_ms, answered_ms, day)
    select gen_random_uuid(), 's' || g % 7, gen_random_uuid(), 'b', 'q' || g % 5, 'h',
           'c' || g % 2, 'answer ' || g % 3, (g % 2)::real, g % 2 = 1, 10, g, 1
    from generate_series($1, $2) g"
}
# totals_differ TABLE KEY...: rows of TABLE that differ from the attempts added up by KEY.
totals_differ() {
  local table=$1; shift
  local key; key=$(IFS=,; echo "$*")
  psql_q -d "$v2" -c "with a as (select $key, count(*), sum(correct::int), sum(score::float8),
    max(answered_ms) from statecraft.attempts group by $key),
    t as (select $key, responses, correct, score_sum, last_ms from statecraft.$table)
    select count(*) from ((table a except table t) union all (table t except table a)) d"
}
expect_ok "version 2 \\(was 0\\)" "$bin" server init --server "dbname=$v2" --schema-version 2
add_answers 1 1000
expect_ok "version 3 \\(was 2\\)" "$bin" server init --server "dbname=$v2" --schema-version 3
[ "$(totals_differ item_totals student question_id category answer)" = 0 ] \
  || fail "version 3 did not add up the attempts"
add_answers 1001 1500
expect_ok "version 4 \\(was 3\\)" "$bin" server init --server "dbname=$v2" --schema-version 4
[ "$(totals_differ student_totals student bank_id question_id category)" = 0 ] \
  || fail "version 4 did not add up the item totals"
add_answers 1501 1800
for key in "item_totals student question_id category answer" \
  "student_totals student bank_id question_id category"; do
  # shellcheck disable=SC2086
  [ "$(totals_differ $key)" = 0 ] || fail "an insert on version 4 did not keep ${key%% *}"
done
classroom_row() {  # classroom_row TEAM [CONFIDENCE]: one team's answer to a game's question 1
  psql_q -d "$v2" -c "insert into statecraft.classroom_results (session_uuid, round, team, team_rank,
    team_total, question_id, question_type, answered, answer_ids, answer_text, correct, fraction,
    time_ms, points, streak_bonus${2:+, confidence}) values ('6f1d7c2e-8a4b-4c3d-9e5f-0123456789ab', 1,
    '$1', 1, 900, 'q1', 'single', true, 'a', 'A', true, 1, 3000, 900, 0${2:+, $2})"
}
classroom_row Owls
psql_q -d "$v2" -c "select confidence from statecraft.classroom_results" >/dev/null 2>&1 \
  && fail "version 4 already has a confidence column"
expect_ok "version 5 \\(was 4\\)" "$bin" server init --server "dbname=$v2"
[ "$(psql_q -d "$v2" -c "select team || ':' || coalesce(confidence::text, 'null') from statecraft.classroom_results")" = "Owls:null" ] \
  || fail "version 5 changed the classroom rows already there"
classroom_row Hawks 3
classroom_row Doves 4 2>/dev/null && fail "version 5 took a confidence of 4"
[ "$(psql_q -d "$v2" -c "select string_agg(team || coalesce(confidence::text, '-'), ',' order by team) from statecraft.classroom_results")" = "Hawks3,Owls-" ] \
  || fail "confidence on version 5"
for key in "item_totals student question_id category answer" \
  "student_totals student bank_id question_id category"; do
  # shellcheck disable=SC2086
  [ "$(totals_differ $key)" = 0 ] || fail "version 5 changed ${key%% *}"
done
expect_ok "up to date \\(version 5\\)" "$bin" server init --server "dbname=$v2"
echo "ok: class report and item analysis on the server"
