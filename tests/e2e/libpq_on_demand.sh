#!/usr/bin/env bash
# libpq is loaded on the first school-server command only (game/sync/libpq_loader.*): the binary
# does not link it, other commands never load it, and a server command loads it and reaches the
# server (here: none, so the connection error comes from libpq itself).
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
export HOME=$tmp XDG_DATA_HOME=$tmp/data

! ldd "$bin" | grep -q 'libpq' || fail "the binary links libpq: $(ldd "$bin" | grep libpq)"

LD_DEBUG=libs "$bin" validate "$src/questions/" >/dev/null 2>"$tmp/validate.log" ||
    fail "validate failed: $(grep -v '^ *[0-9]*:' "$tmp/validate.log")"
! grep -q 'libpq\.so' "$tmp/validate.log" || fail "validate loaded libpq"

# A server nobody listens on: a socket directory that does not exist.
LD_DEBUG=libs "$bin" report class --server "host=$tmp/no-server port=5 dbname=x connect_timeout=2" \
    >/dev/null 2>"$tmp/report.log" && fail "report --server succeeded without a server"
grep -q 'calling init: .*libpq\.so\.5' "$tmp/report.log" || fail "report --server did not load libpq"
grep -q '^error: Cannot connect to the school server: .*no-server' "$tmp/report.log" ||
    fail "no connection error: $(grep -v '^ *[0-9]*:' "$tmp/report.log")"

# Without libpq (hidden by an empty file in a private mount namespace, where we may make one):
# the server commands name Debian's libpq5 package and exit 1; validate still works.
lib=$(ldconfig -p | awk '/libpq\.so\.5 .*x86-64/ {print $NF; exit}')
if [ -n "$lib" ] && unshare -m true 2>/dev/null; then
    out=$(unshare -m bash -c 'mount --bind /dev/null "$(readlink -f "$1")" &&
        "$2" report class --server "host=/nonexistent dbname=x"; echo "exit $?";
        "$2" validate "$3/questions/" >/dev/null; echo "validate $?"' _ "$lib" "$bin" "$src" 2>&1)
    grep -q '^error: Cannot load libpq.so.5 .*install the package libpq5' <<<"$out" ||
        fail "no libpq5 message without libpq: $out"
    grep -q '^exit 1$' <<<"$out" || fail "report --server without libpq: $out"
    grep -q '^validate 0$' <<<"$out" || fail "validate without libpq: $out"
else
    echo "note: no private mount namespace here; the run without libpq is left out"
fi
echo "ok: libpq loaded by report --server only; without it the server commands say so"
