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
echo "ok: libpq loaded by report --server only"
