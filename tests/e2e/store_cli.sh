#!/usr/bin/env bash
# `statecraft stats` and `statecraft export-results` on a database filled by store_seed (a
# helper built beside the program): formats, --data-dir and XDG_DATA_HOME, unknown profiles,
# damaged databases, atomic export.
set -uo pipefail
bin=$1
seed=$(dirname "$bin")/store_seed
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
[ -x "$seed" ] || fail "no store_seed beside $bin"

# No database yet: a clear message, exit 1, and no database made by reading.
out=$("$bin" stats --data-dir "$tmp/none" 2>&1); [ $? -eq 1 ] || fail "stats without a database should exit 1"
grep -q "No database at $tmp/none/statecraft.db" <<<"$out" || fail "unclear message: $out"
[ ! -e "$tmp/none/statecraft.db" ] || fail "stats created a database"

data=$tmp/data
mkdir -p "$data"
total=$("$seed" "$data/statecraft.db") || fail "seeding"
[ "$total" -eq 25 ] || fail "seeded $total attempts"

# Text: the last used profile (Ben) unless one is named; --data-dir before or after the subcommand.
out=$("$bin" stats --data-dir "$data") || fail "stats: $out"
grep -q "^Progress of Ben" <<<"$out" || fail "default profile should be the last used: $out"
out=$("$bin" --data-dir "$data" stats --profile ana) || fail "stats --profile ana: $out"
grep -q "^Progress of Ana" <<<"$out" || fail "profile names ignore case: $out"
grep -q "Days studied in a row: 3 (3 days studied in all)" <<<"$out" || fail "streak: $out"
grep -q "Overall: .* over 24 answers" <<<"$out" || fail "overall: $out"
for section in "Accuracy by category" "Accuracy by day" "Sessions (3 newest of 3)" "Best score per bank" "Weakest questions"; do
  grep -qF "$section" <<<"$out" || fail "missing section $section: $out"
done

# JSON and CSV carry the same figures.
"$bin" stats --data-dir "$data" --profile Ana --format json >"$tmp/stats.json" || fail "json"
python3 - "$tmp/stats.json" <<'PY' || fail "json figures"
import json, sys
j = json.load(open(sys.argv[1]))
assert j["profile"] == "Ana", j["profile"]
assert j["overall"]["attempts"] == 24, j["overall"]
assert j["streak_days"] == 3 and j["days_studied"] == 3
assert sorted(c["category"] for c in j["categories"]) == ["actors", "context", "interpretations", "motives"]
assert sum(c["attempts"] for c in j["categories"]) == 24
assert sum(d["attempts"] for d in j["days"]) == 24
assert j["sessions"]["total"] == 3 and j["sessions"]["recent"][0]["mode"] == "exam"
assert j["best_by_bank"][0]["bank"] == "iran-russia" and abs(j["best_by_bank"][0]["best"] - 7/8) < 1e-9
assert all(w["recent_accuracy"] < 1 for w in j["weakest"]) and j["weakest"]
PY
"$bin" stats --data-dir "$data" --profile Ana --format csv >"$tmp/stats.csv" || fail "csv"
python3 - "$tmp/stats.csv" "$tmp/stats.json" <<'PY' || fail "csv figures"
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0] == ["figure", "key", "measure", "value"], rows[0]
j = json.load(open(sys.argv[2]))
got = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
assert int(got[("summary", "", "attempts")]) == j["overall"]["attempts"]
assert int(got[("summary", "", "streak_days")]) == j["streak_days"]
for c in j["categories"]:
    assert abs(float(got[("category", c["category"], "accuracy")]) - c["accuracy"]) < 1e-9
PY

# Unknown profile, bad format.
out=$("$bin" stats --data-dir "$data" --profile Nobody 2>&1); [ $? -eq 1 ] || fail "unknown profile should exit 1"
grep -q 'No profile named "Nobody". Profiles: Ana, Ben.' <<<"$out" || fail "unknown profile message: $out"
"$bin" stats --data-dir "$data" --format xml >/dev/null 2>&1; [ $? -eq 2 ] || fail "bad --format should be a usage error"

# XDG_DATA_HOME is the default place.
mkdir -p "$tmp/xdg/statecraft" && cp "$data/statecraft.db" "$tmp/xdg/statecraft/"
XDG_DATA_HOME=$tmp/xdg "$bin" stats --profile Ana >/dev/null || fail "XDG_DATA_HOME not used"

# Export: one RFC 4180 record per attempt, quotes and line breaks intact.
out=$("$bin" export-results --data-dir "$data" --out "$tmp/all.csv") || fail "export: $out"
grep -q "Wrote 25 attempts to $tmp/all.csv" <<<"$out" || fail "export message: $out"
python3 - "$tmp/all.csv" <<'PY' || fail "export contents"
import csv, json, re, sys
raw = open(sys.argv[1], newline="").read()
assert raw.endswith("\r\n")
rows = list(csv.DictReader(open(sys.argv[1], newline="")))
assert len(rows) == 25, len(rows)
assert list(rows[0].keys()) == ["profile", "session", "mode", "bank", "question", "category", "answer",
    "correct", "score", "time_ms", "confidence", "answered_at", "question_hash", "overridden",
    "answer_text"], rows[0].keys()
assert all(r["overridden"] == "0" for r in rows)
tricky = [r for r in rows if "Lavrov" in r["answer"]]
assert len(tricky) == 3 and json.loads(tricky[0]["answer"])["text"] == 'Lavrov, "the" minister\nsecond line'
assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", r["answered_at"]) for r in rows)
assert {r["profile"] for r in rows} == {"Ana", "Ben"}
assert all(r["correct"] in ("0", "1") and r["confidence"] in ("", "1", "2", "3") for r in rows)
PY
"$bin" export-results --data-dir "$data" --profile Ben --out - | grep -c ',iran-russia,' | grep -qx 1 || fail "export --profile Ben to stdout"
out=$("$bin" export-results --data-dir "$data" --profile Nobody --out "$tmp/x.csv" 2>&1); [ $? -eq 1 ] || fail "export unknown profile"
[ ! -e "$tmp/x.csv" ] || fail "export wrote a file for an unknown profile"
printf 'a file' >"$tmp/blocker"
out=$("$bin" export-results --data-dir "$data" --out "$tmp/blocker/out.csv" 2>&1); [ $? -eq 1 ] || fail "export to an impossible place should exit 1"
grep -q "error: $tmp/blocker/out.csv: cannot write" <<<"$out" || fail "export error message: $out"

# Read-only commands never move, create or repair anything: the folder is the same, file by
# file and byte by byte, after stats and export-results (good, damaged and old databases).
folder_state() { (cd "$1" && find . -print0 | sort -z | xargs -0 sha256sum 2>/dev/null; find . | sort); }
before=$(folder_state "$data")
"$bin" stats --data-dir "$data" --profile Ana >/dev/null || fail "stats"
"$bin" stats --data-dir "$data" --format json >/dev/null || fail "stats json"
"$bin" export-results --data-dir "$data" --out "$tmp/again.csv" >/dev/null || fail "export again"
[ "$(folder_state "$data")" = "$before" ] || fail "reading changed the data folder"

# A damaged database: exit 1, the user is told to open the app, and nothing is touched.
mkdir -p "$tmp/bad" && head -c 8192 /dev/urandom >"$tmp/bad/statecraft.db"
before=$(folder_state "$tmp/bad")
out=$("$bin" stats --data-dir "$tmp/bad" 2>&1); [ $? -eq 1 ] || fail "stats on a damaged database should exit 1"
grep -qF "open the Statecraft app" <<<"$out" || fail "user not told to open the app: $out"
out=$("$bin" export-results --data-dir "$tmp/bad" --out "$tmp/bad.csv" 2>&1); [ $? -eq 1 ] || fail "export on a damaged database should exit 1"
[ "$(folder_state "$tmp/bad")" = "$before" ] || fail "reading moved or changed a damaged database"
[ ! -e "$tmp/bad.csv" ] || fail "export wrote a file from a damaged database"

# A database of an older schema is not migrated by reading.
mkdir -p "$tmp/old" && cp "$data/statecraft.db" "$tmp/old/"
python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('PRAGMA user_version=1'); c.commit(); c.close()" "$tmp/old/statecraft.db"
before=$(folder_state "$tmp/old")
out=$("$bin" stats --data-dir "$tmp/old" 2>&1); [ $? -eq 1 ] || fail "stats on an old schema should exit 1"
grep -qF "open the Statecraft app once" <<<"$out" || fail "old schema message: $out"
[ "$(folder_state "$tmp/old")" = "$before" ] || fail "reading migrated an old database"
echo "store CLI: all checks passed"
