#!/usr/bin/env bash
# import of Moodle's own GIFT files (a third-party fixture in ../shared), then validate and lint
# the result. Skipped (exit 77) where ../shared is missing. Usage: import_moodle_gift.sh <binary> <source-dir>
set -uo pipefail
bin="$1"; src="$2"
fixtures="$src/../shared/references/fixtures"
if [ ! -f "$fixtures/gift/moodle/questions.gift.txt" ]; then
    echo "SKIPPED: third-party fixture missing: $fixtures/gift/moodle (the shared folder must sit beside the clone as ../shared)"
    exit 77
fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail=0
source "$(dirname "$0")/lib.sh"  # expect

# GIFT: Moodle's fixture imports 8 questions (its numerical one as an estimate), the result
# validates and lints.
expect 0 "import questions.gift.txt" "$bin" import "$fixtures/gift/moodle/questions.gift.txt" --out "$tmp/moodle.json"
grep -q "imported 8 question" "$tmp/out.txt" || { echo "FAIL: expected 8 imported"; cat "$tmp/out.txt"; fail=1; }
grep -q "questions.gift.txt:2: skipped" "$tmp/out.txt" || { echo "FAIL: essay skip with its line"; fail=1; }
expect 0 "validate the import" "$bin" validate "$tmp/moodle.json"
expect 0 "lint warns but passes" "$bin" lint "$tmp/moodle.json"
expect 1 "lint --strict fails on warnings" "$bin" lint --strict "$tmp/moodle.json"
expect 1 "import refuses to replace without --force" "$bin" import "$fixtures/gift/moodle/questions.gift.txt" --out "$tmp/moodle.json"
expect 0 "import --force replaces" "$bin" import "$fixtures/gift/moodle/questions_in_category.gift.txt" --out "$tmp/moodle.json" --force
grep -q "imported 4 question" "$tmp/out.txt" || { echo "FAIL: expected 4 imported"; fail=1; }

exit $fail
