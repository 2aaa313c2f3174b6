#!/bin/bash
# Names in Greek, Cyrillic, Armenian, Georgian, Hebrew, Persian and transliteration letters are drawn
# with their own letters, not ImGui's fallback glyph: a question showing them is screenshotted,
# and so is the same question with every letter outside ASCII replaced by U+FFFD (the glyph
# ImGui draws for a letter its font lacks). The two pictures must differ, while two shots of
# one question are identical (so the comparison means something).
#   bash tests/e2e/text_scripts_screenshot.sh BUILD_DIR/statecraft SOURCE_DIR
set -euo pipefail

bin=$1
src=$2
source "$(dirname "$0")/lib.sh"
e2e_under_xvfb 200 "$@"
e2e_workspace home

python3 - "$src/questions/examples/all-types.json" "$work" <<'PY'
import json, sys
# Only letters the fonts lacked before these scripts were added (no Latin-1 or Extended-A).
names = "Αθήνα Москва Երևան თბილისი ירושלים پزشکیان ʾḤṣ ₽"
bank = json.load(open(sys.argv[1], encoding="utf-8"))
for label, text in (("names", names),
                    ("fallback", "".join(c if ord(c) < 0x80 else "\ufffd" for c in names))):
    bank["questions"][0]["prompt"] = "Which of these is a capital? " + text
    json.dump(bank, open(f"{sys.argv[2]}/{label}.json", "w", encoding="utf-8"), ensure_ascii=False)
PY

shot() {  # BANK OUT
    timeout 60 "$bin" --bank "$work/$1.json" --screen practice --question single-example \
        --screenshot "$work/$2.png" 2>"$work/stderr" || fail "screenshot of $1: exit $?"
    [ -s "$work/$2.png" ] || fail "no PNG for $1"
}
shot names names
shot fallback fallback
shot fallback fallback-again
cmp -s "$work/fallback.png" "$work/fallback-again.png" ||
    fail "two screenshots of one question differ: the comparison would mean nothing"
cmp -s "$work/names.png" "$work/fallback.png" &&
    fail "the names are drawn as the fallback glyph: the fonts lack their scripts"
grep -qi "warning: font" "$work/stderr" && fail "font warning: $(cat "$work/stderr")"
echo "PASS: Greek, Cyrillic, Armenian, Georgian, Hebrew and Persian names drawn with their letters"
