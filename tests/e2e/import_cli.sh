#!/usr/bin/env bash
# import / export / lint from the command line: exit codes, and that a failed import or
# export writes nothing (Moodle's own GIFT files: import_moodle_gift.sh).
# Usage: import_cli.sh <statecraft-binary> <source-dir>
set -uo pipefail
bin="$1"; src="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
fail=0
source "$(dirname "$0")/lib.sh"  # expect
absent() { if [ -e "$1" ]; then echo "FAIL: $1 exists after a failed command"; fail=1; fi; }

# Broken inputs: exit 1 with the line, and --out is not created.
printf 'Fine{T}\n\nBroken {=a =b\n' > "$tmp/broken.gift"
expect 1 "unbalanced braces" "$bin" import "$tmp/broken.gift" --out "$tmp/broken.json"
grep -q "broken.gift:3: error: unbalanced braces" "$tmp/out.txt" || { echo "FAIL: brace error line"; cat "$tmp/out.txt"; fail=1; }
absent "$tmp/broken.json"
printf 'Caf\xe9?{T}\n' > "$tmp/latin1.gift"
expect 1 "not UTF-8" "$bin" import "$tmp/latin1.gift" --out "$tmp/latin1.json"
absent "$tmp/latin1.json"
printf 'type,prompt,answer\ntrue_false,Fine?,true\ntrue_false,Broken?,maybe\n' > "$tmp/broken.csv"
expect 1 "broken CSV row" "$bin" import "$tmp/broken.csv" --out "$tmp/broken-csv.json"
grep -q "broken.csv:3: error" "$tmp/out.txt" || { echo "FAIL: CSV error line"; cat "$tmp/out.txt"; fail=1; }
absent "$tmp/broken-csv.json"
printf 'Essay?{}\n' > "$tmp/essay.gift"
expect 1 "nothing importable" "$bin" import "$tmp/essay.gift" --out "$tmp/essay.json"
absent "$tmp/essay.json"

# Usage errors: exit 2.
expect 2 "unknown extension" "$bin" import "$tmp/broken.gift.bak" --out "$tmp/x.json"
expect 2 "missing --out" "$bin" import "$tmp/broken.gift"
expect 2 "bad --format" "$bin" export "$src/questions/examples/all-types.json" --format docx --out "$tmp/x.docx"

# Export and back: GIFT and CSV, with --base keeping refs and the briefing.
expect 0 "export gift" "$bin" export "$src/questions/examples/all-types.json" --out "$tmp/all.gift"
expect 0 "import gift with --base" "$bin" import "$tmp/all.gift" --base "$src/questions/examples/all-types.json" --out "$tmp/all-back.json"
expect 0 "lint the round trip strictly" "$bin" lint --strict "$tmp/all-back.json"
expect 0 "export tsv" "$bin" export "$tmp/all-back.json" --out "$tmp/all.tsv"
head -1 "$tmp/all.tsv" | grep -q "#separator:Tab" || { echo "FAIL: tsv separator header"; fail=1; }
expect 0 "import tsv" "$bin" import "$tmp/all.tsv" --out "$tmp/all-tsv.json" --id from-tsv
grep -q '"id": "from-tsv"' "$tmp/all-tsv.json" || { echo "FAIL: --id"; fail=1; }
expect 1 "export onto the bank itself" "$bin" export "$tmp/all-back.json" --format gift --out "$tmp/all-back.json"
echo '{"format": "statecraft.bank"}' > "$tmp/bad-bank.json"
expect 1 "export a broken bank" "$bin" export "$tmp/bad-bank.json" --out "$tmp/bad.gift"
absent "$tmp/bad.gift"
expect 0 "spreadsheet example" "$bin" import "$src/questions/examples/spreadsheet-example.csv" --out "$tmp/sheet.json"
expect 1 "lint a missing file" "$bin" lint "$tmp/nope.json"

exit $fail
