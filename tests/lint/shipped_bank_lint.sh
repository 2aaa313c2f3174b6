#!/usr/bin/env bash
# The shipped banks stay free of item-writing flaws: `lint --strict` exits 1 on any warning.
# Run from the source dir, as a course would in CI. Exit 77 (CTest SKIP_RETURN_CODE) when the
# article that the copy check needs is absent.
# Usage: shipped_bank_lint.sh BINARY SOURCE_DIR (article|all)
set -uo pipefail
bin=$1 src=$2 what=$3
cd "$src" || exit 1
case $what in
  article)
    if [ ! -f ../shared/source/article.txt ]; then
      echo "SKIP: $src/../shared/source/article.txt is absent (the shared folder sits beside the clone as ../shared)"
      exit 77
    fi
    exec "$bin" lint --strict --source ../shared/source/article.txt questions/iran-russia-missiles.json ;;
  all) exec "$bin" lint --strict questions/ ;;
  *) echo "unknown check: $what" >&2; exit 2 ;;
esac
