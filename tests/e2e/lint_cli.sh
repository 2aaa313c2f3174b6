#!/usr/bin/env bash
# `statecraft lint`: --strict on the example bank, the planted-flaw bank named rule by rule,
# --source FILE for the copy check (../shared/source/article.txt when present).
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

out=$("$bin" lint --strict "$src/questions/examples/all-types.json") || fail "example bank warns: $out"

out=$("$bin" lint "$src/tests/lint/planted-flaws.json"); code=$?
[ $code -eq 0 ] || fail "lint without --strict exits $code on warnings"
for rule in longest-option key-position absolute-terms absolute-imbalance cued-by-other \
            near-duplicate copied-from-source giveaway-option negative-stem self-justifying review-by; do
  grep -q "warning \[$rule\]: .*planted-$rule\|warning \[$rule\]: .*planted-absolute-terms" <<<"$out" ||
    fail "rule $rule does not name its planted question: $out"
done
grep -q 'question "clean-' <<<"$out" && fail "a clean control question is flagged: $out"
"$bin" lint --strict "$src/tests/lint/planted-flaws.json" >/dev/null; [ $? -eq 1 ] || fail "--strict must fail"

# --source: a missing or non-UTF-8 file is a clear error, exit 1.
"$bin" lint --source "$tmp/none.txt" "$src/questions/examples/all-types.json" 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "none.txt: error: " "$tmp/err" || fail "missing --source file: $(cat "$tmp/err")"
printf 'caf\xe9' >"$tmp/latin1.txt"
"$bin" lint --source "$tmp/latin1.txt" "$src/questions/examples/all-types.json" 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "not UTF-8" "$tmp/err" || fail "non-UTF-8 --source: $(cat "$tmp/err")"

article="$src/../shared/source/article.txt"
if [ ! -f "$article" ]; then
  echo "SKIP: $article is absent (the shared folder sits beside the clone as ../shared)"
  exit 0
fi
# A bank that copies nine words of the article: flagged with --source, not without.
words=$(tr -s ' \n' ' ' <"$article" | cut -d' ' -f 40-48)
python3 - "$src/questions/examples/all-types.json" "$tmp/copy.json" "$words" <<'PY'
import json, sys
bank = json.load(open(sys.argv[1]))
bank["questions"][2]["explanation"] = "In the text: " + sys.argv[3]
json.dump(bank, open(sys.argv[2], "w"))
PY
out=$("$bin" lint --source "$article" "$tmp/copy.json")
grep -q 'warning \[copied-from-source\]: question "[^"]*", explanation: .*(at /questions/2/explanation)' <<<"$out" || fail "copy not found: $out"
out=$("$bin" lint "$tmp/copy.json")
grep -q 'copied-from-source' <<<"$out" && fail "copy check without a source: $out"
# The shipped bank is clean, with the article as the copy check's source (issue 14).
out=$("$bin" lint --strict --source "$article" "$src/questions/iran-russia-missiles.json") ||
    fail "the shipped bank is not lint-clean: $out"
echo "ok"
