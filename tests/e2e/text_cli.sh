#!/usr/bin/env bash
# Text at the command line (issues 20 and 21): a bank with a lone surrogate escape is refused by
# `validate` and cannot crash the app; messages escape control characters and broken bytes; a file
# with many errors prints the first 50 and "and N more" (validate, import, export, lint).
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python3 - "$src/questions/examples/all-types.json" "$tmp" <<'PY'
import json, sys
bank = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
single = next(q for q in bank["questions"] if q["type"] == "single")
text = json.dumps(bank)
choice = single["choices"][1]["id"]
# The reproducer of issue 20: a choice id "\udc00d" (json.dumps would never write it).
open(f"{out}/surrogate.json", "w").write(text.replace(f'"id": "{choice}"', '"id": "\\udc00d"', 1))
# Unknown field names holding ESC, NUL and a right-to-left override.
bank["questions"][0]["x\u001b[2J\u0000\u202e"] = 1
open(f"{out}/controls.json", "w").write(json.dumps(bank))
# 1,000 broken questions: 1,000+ errors.
bank["questions"] = [{"id": f"q{i}", "type": "single"} for i in range(1000)]
open(f"{out}/many.json", "w").write(json.dumps(bank))
# 100 matching questions with one pair each: 100 errors from the import's validation.
open(f"{out}/many.gift", "w").write("".join(f"::m{i}:: Match? {{=a{i} -> b{i}}}\n\n" for i in range(100)))
PY

out=$("$bin" validate "$tmp/surrogate.json" 2>&1); code=$?
[ $code -eq 1 ] || fail "surrogate bank: exit $code (want 1): $out"
grep -q 'error: question [^,]*, choice 2, id: text is not valid Unicode: a lone UTF-16 surrogate .*(at /questions/[0-9]*/choices/1/id)' <<<"$out" ||
  fail "surrogate bank: no located error: $out"

# The app given that bank does not abort (it was exit 134): it refuses it with a message.
if command -v xvfb-run >/dev/null; then
  timeout 60 xvfb-run -a -s "-screen 0 1280x720x24" "$bin" --bank "$tmp/surrogate.json" \
      --screen results --screenshot "$tmp/r.png" >"$tmp/app.log" 2>&1
  code=$?
  [ $code -ne 134 ] && [ $code -lt 128 ] || fail "app crashed on the surrogate bank (exit $code): $(cat "$tmp/app.log")"
fi

out=$("$bin" validate "$tmp/controls.json" 2>&1)
grep -q 'unknown field "x\\u001b\[2J\\u0000\\u202e"' <<<"$out" || fail "field name not escaped: $out"
LC_ALL=C grep -q $'\x1b' <<<"$out" && fail "an ESC reached the terminal"
LC_ALL=C grep -q $'\xe2\x80\xae' <<<"$out" && fail "a right-to-left override reached the terminal"

out=$("$bin" validate "$tmp/many.json" 2>&1); code=$?
[ $code -eq 1 ] || fail "many errors: exit $code"
printed=$(grep -cE ': (error|warning): ' <<<"$out")
[ "$printed" -eq 50 ] || fail "many errors: want 50 printed, got $printed"
grep -qE "^$tmp/many.json: and [0-9]+ more$" <<<"$out" || fail "many errors: no 'and N more': $(tail -2 <<<"$out")"

out=$("$bin" export "$tmp/many.json" --format gift --out "$tmp/many-export.gift" 2>&1); code=$?
[ $code -eq 1 ] || fail "export of many errors: exit $code"
printed=$(grep -cE ': error: ' <<<"$out")
[ "$printed" -eq 50 ] || fail "export of many errors: want 50 printed, got $printed"
grep -qE "^$tmp/many.json: and [0-9]+ more$" <<<"$out" || fail "export of many errors: no 'and N more'"
[ ! -e "$tmp/many-export.gift" ] || fail "export of a broken bank wrote a file"

out=$("$bin" lint "$tmp/many.json" 2>&1); code=$?
[ $code -eq 1 ] || fail "lint of many errors: exit $code"
printed=$(grep -cE ': (error|warning)( \[[^]]*\])?: ' <<<"$out")
[ "$printed" -eq 50 ] || fail "lint of many errors: want 50 printed, got $printed"
grep -qE "^$tmp/many.json: and [0-9]+ more$" <<<"$out" || fail "lint of many errors: no 'and N more'"

out=$("$bin" import "$tmp/many.gift" --out "$tmp/many-out.json" 2>&1); code=$?
[ $code -eq 1 ] || fail "many GIFT errors: exit $code"
[ "$(grep -c ': error: ' <<<"$out")" -le 50 ] || fail "many GIFT errors: more than 50 printed"
grep -qE "many.gift: and [0-9]+ more$" <<<"$out" || fail "many GIFT errors: no 'and N more': $(tail -3 <<<"$out")"

printf '::q1:: Who\000? {=A ~B}\n' >"$tmp/nul.gift"
out=$("$bin" import "$tmp/nul.gift" --out "$tmp/nul-out.json" 2>&1); code=$?
[ $code -eq 1 ] || fail "NUL in GIFT: exit $code"
grep -q 'nul.gift:1: error: column 11: a NUL character' <<<"$out" || fail "NUL in GIFT: $out"
echo "text CLI: all checks passed"
