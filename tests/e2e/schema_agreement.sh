#!/usr/bin/env bash
# The schema and the validator agree on shipped banks and on broken variants.
set -euo pipefail
exec /usr/bin/python3 "$2/tests/e2e/schema_agreement.py" "$1" "$2"
