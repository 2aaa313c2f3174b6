#!/usr/bin/env bash
# `statecraft validate`: exit codes and message shapes on good and malformed banks.
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

out=$("$bin" validate "$src/questions/") || fail "shipped banks do not validate: $out"
grep -q '^ok .*all-types.json: 9 questions in 1 categories$' <<<"$out" || fail "unexpected ok line: $out"

"$bin" --help >/dev/null || fail "--help"
"$bin" --version | grep -q '^statecraft ' || fail "--version"
"$bin" validate >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing paths should be a usage error (2)"
"$bin" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "unknown subcommand should exit 2"

# Malformed banks: each exits 1, names the file and a location, and never crashes or hangs.
printf '' >"$tmp/empty.json"
head -c 4096 /dev/urandom >"$tmp/garbage.json"
printf '{"title": "caf\xc3("}' >"$tmp/utf8.json"
printf '{"version": NaN}' >"$tmp/nan.json"
printf '{"a":"\x00"}' >"$tmp/nul.json"
python3 -c "print('['*200000 + ']'*200000)" >"$tmp/deep.json"
head -c $((40*1024*1024)) /dev/zero | tr '\0' ' ' >"$tmp/huge.json"
printf '{"format":"statecraft.bank","version":1,"id":"x","title":"t","categories":[{"id":"c","title":"C"}],"questions":[{"id":"q","category":"c","type":"single","prompt":"p","choices":[{"id":"a","text":"A"}]}]}' >"$tmp/rules.json"
for f in "$tmp"/*.json; do
  out=$(timeout 20 "$bin" validate "$f" 2>&1); code=$?
  [ $code -eq 1 ] || fail "$(basename "$f"): exit $code (want 1): $out"
  grep -qE "^$f(:[0-9]+:[0-9]+)?: error: " <<<"$out" || fail "$(basename "$f"): no located error: $out"
done
grep -q '/questions/0/choices' <<<"$("$bin" validate "$tmp/rules.json")" || fail "rule error without pointer"
echo "validate CLI: all checks passed"
