#!/usr/bin/env bash
# School-server benchmarks (issue 17), on a throwaway PostgreSQL 15 cluster (tests/pg/cluster.sh):
#  1. sync of N attempts (default 1,000,000) by `statecraft sync`, against a plain COPY of the
#     same rows from a file into a table of the same shape, in the same run, and into one with
#     no index at all (what this machine's server takes at most);
#  2. item analysis and the class report over M attempts on the server (default 10,000,000:
#     2,000 students x 5,000 answers) by `statecraft report items|class --server`, against a
#     bare count(*) of the table;
#  3. item analysis over the N local attempts by `statecraft report items`, against a bare
#     count(*) by the sqlite3 shell.
# Usage: tests/bench/school_server_bench.sh build/release [N] [M]
# PARTS="sync local server" (the default) runs all three; name fewer to run fewer.
set -euo pipefail
build=${1:?usage: school_server_bench.sh BUILD_DIR [N] [M]}
n=${2:-1000000}
m=${3:-10000000}
src=$(cd "$(dirname "$0")/../.." && pwd)
bin=$build/statecraft
bank=$src/questions/iran-russia-missiles.json
state=$(mktemp -d)
work=$(mktemp -d)
trap 'bash "$src/tests/pg/cluster.sh" stop "$state" >/dev/null; rm -rf "$state" "$work"' EXIT
bash "$src/tests/pg/cluster.sh" start "$state" >/dev/null
source "$state/env"
now() { date +%s.%N; }
# CPU seconds (user + system) of a command: on a shared machine the wall time mostly measures
# the other processes.
cpu() {
  python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN); print(r.ru_utime + r.ru_stime)' "$@"
}
best() {  # the best of 3 wall times of a command
  local b=999
  for _ in 1 2 3; do
    local a z
    a=$(now); "$@" >/dev/null; z=$(now)
    b=$(python3 -c "print(min($b, $z - $a))")
  done
  echo "$b"
}
secs() { python3 -c "print(f'{$2 - $1:.3f}')"; }
"$bin" server init >/dev/null
printf 'benchpassword\n' | "$bin" server add-student bench >/dev/null

parts=${PARTS:-sync local server}
if [[ $parts == *sync* || $parts == *local* ]]; then
echo "seeding $n local attempts ..."
mkdir -p "$work/pc"
"$build/class_seed" "$work/pc/statecraft.db" "$bank" 1 "$n" 1 bench >/dev/null
# The same rows as a COPY file (the columns sync sends, plus the owner).
sqlite3 -separator $'\t' "$work/pc/statecraft.db" \
  "select a.uuid, 'bench', s.uuid, a.bank_id, a.question_id, a.question_hash, a.category, a.answer, a.score, iif(a.correct, 't', 'f'), a.time_ms, coalesce(a.confidence, '\\N'), a.answered_ms, a.day from attempts a join sessions s on s.id = a.session_id" \
  >"$work/rows.tsv"
psql -X -q -c "create table plain_copy (like statecraft.attempts including all)" \
  -c "create table bare_copy (like statecraft.attempts)"
columns="uuid, student, session_uuid, bank_id, question_id, question_hash, category, answer, score, correct, time_ms, confidence, answered_ms, day"
b0=$(now)
psql -X -q -c "\\copy bare_copy ($columns) from '$work/rows.tsv'"
t0=$(now)
psql -X -q -c "\\copy plain_copy (uuid, student, session_uuid, bank_id, question_id, question_hash, category, answer, score, correct, time_ms, confidence, answered_ms, day) from '$work/rows.tsv'"
t1=$(now)
sync_out=$(PGUSER=bench PGPASSWORD=benchpassword PGHOST=127.0.0.1 "$bin" --data-dir "$work/pc" sync)
t2=$(now)
copy_s=$(secs "$t0" "$t1")
bare_s=$(secs "$b0" "$t0")
sync_s=$(secs "$t1" "$t2")
echo "$sync_out"
python3 -c "n=$n; c=$copy_s; b=$bare_s; s=$sync_s; print(f'sync {n} attempts: {s:.2f} s = {n/s:,.0f} rows/s; plain COPY from a file: {c:.2f} s = {n/c:,.0f} rows/s; sync/COPY time {s/c:.2f}x; COPY into a table with no index: {b:.2f} s = {n/b:,.0f} rows/s')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

fi
if [[ $parts == *local* ]]; then
echo "local item analysis over $n attempts ..."
local_s=$(best "$bin" --data-dir "$work/pc" report items --bank "$bank")
count_s=$(best sqlite3 "$work/pc/statecraft.db" "select count(*) from attempts")
local_cpu=$(cpu "$bin" --data-dir "$work/pc" report items --bank "$bank")
count_cpu=$(cpu sqlite3 "$work/pc/statecraft.db" "select count(*) from attempts")
python3 -c "print(f'local item analysis, {$n} attempts: {$local_s*1000:.0f} ms wall, {$local_cpu*1000:.0f} ms CPU (whole process); bare count(*) by sqlite3: {$count_s*1000:.0f} ms wall, {$count_cpu*1000:.0f} ms CPU')"

fi
if [[ $parts == *server* ]]; then
echo "server item analysis over $m attempts (seeding with SQL) ..."
ids=$(python3 -c "import json,sys; b=json.load(open('$bank')); print(','.join(\"'\"+q['id']+\"'\" for q in b['questions'] if q['type'] in ('single','true_false')))")
psql -X -q -v ON_ERROR_STOP=1 -c "truncate statecraft.attempts, statecraft.item_totals, statecraft.student_totals" -c "
insert into statecraft.attempts (uuid, student, session_uuid, bank_id, question_id, question_hash,
  category, answer, score, correct, time_ms, answered_ms, day)
select gen_random_uuid(), 'student' || (g % 2000), gen_random_uuid(), 'iran-russia-missiles',
       (array[$ids])[1 + (g::bigint * 7919) % cardinality(array[$ids])], 'h', 'actors',
       '{\"type\":\"single\",\"choices\":[\"' || (array['a','b','c'])[1 + (g / 2000) % 3] || '\"]}',
       r::int, r::int = 1, 5000, 1790000000000 + g, 20000
from (select g, (random() < 0.3 + (g % 2000) / 4000.0)::int as r
      from generate_series(1, $m) as g) s" -c "vacuum analyze statecraft.attempts"
server_s=$(best "$bin" report items --bank "$bank" --server)
scan_s=$(best psql -X -q -c "select count(*) from statecraft.attempts")
class_s=$(best "$bin" report class --server)
python3 -c "print(f'server item analysis, {$m} attempts: {$server_s:.2f} s (whole process); class report: {$class_s:.2f} s; bare count(*) by psql: {$scan_s:.2f} s; ratios {$server_s/$scan_s:.1f}x, {$class_s/$scan_s:.1f}x')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
