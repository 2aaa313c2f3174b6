# Sourced by the tests in tests/pg: a fresh database on the test cluster for each test, with the
# Statecraft schema, and helpers. Args of the test: BINARY SOURCE_DIR PG_STATE_DIR.
set -euo pipefail
bin=$1
src=$2
state=$3
seed=$(dirname "$bin")/class_seed
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -f "$state/env" ] || fail "no test cluster (run through ctest: the pg_cluster_start fixture)"
# shellcheck disable=SC1091
source "$state/env"
work=$(mktemp -d)
db=t_$(basename "$0" .sh)_$$
trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
createdb "$db"
export PGDATABASE=$db
psql_q() { psql -X -v ON_ERROR_STOP=1 -Atq "$@"; }
# A login over TCP with a password (as a school computer would), never in PG* variables.
tcp() { echo "host=127.0.0.1 port=$PGPORT dbname=$db user=$1 password=$2"; }
# add_account student|teacher NAME PASSWORD
add_account() { printf '%s\n' "$3" | "$bin" server "add-$1" "$2" >/dev/null; }
# expect_ok PATTERN CMD...: CMD succeeds and its output matches PATTERN (grep -E).
expect_ok() {
  local pattern=$1; shift
  "$@" >"$work/out" 2>&1 || fail "$* failed: $(cat "$work/out")"
  grep -Eq -- "$pattern" "$work/out" || fail "$*: expected /$pattern/ in: $(cat "$work/out")"
}
# expect_fail PATTERN CMD...: CMD exits non-zero and its output matches PATTERN.
expect_fail() {
  local pattern=$1; shift
  if "$@" >"$work/out" 2>&1; then fail "$* succeeded: $(cat "$work/out")"; fi
  grep -Eq -- "$pattern" "$work/out" || fail "$*: expected /$pattern/ in: $(cat "$work/out")"
}
