#!/usr/bin/env python3
"""CI's size check (issue 12): no file under game/ over 500 lines (bank_reader.cpp may be, it
keeps a section index), no function over 80 lines. Functions are found as clang-format writes
them: a declaration that starts at the left margin and whose last line ends in `{` after its
`)` opens one (its parameters may wrap), the next `}` at the left margin closes it. Tables
(`... = {`), namespaces and types are not functions.
Usage: size_check.py <source-dir>"""
import pathlib
import re
import sys

MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80
FILE_EXCEPTIONS = {"game/core/bank/bank_reader.cpp"}
NOT_FUNCTIONS = ("namespace", "struct", "class", "enum", "union", "#", "//", "}", "template <")


def functions(lines):
    start = name = signature = None
    for number, line in enumerate(lines, 1):
        if start is not None:
            if line.startswith("}"):
                yield name, start, number - start + 1
                start = None
            continue
        if signature is None:
            if not line[:1].isalpha() and not line.startswith(("_", "~")):
                continue
            if line.startswith(NOT_FUNCTIONS):
                continue
            signature, first = "", number
        signature += " " + line.strip()
        if signature.endswith(";") or signature.endswith("= {") or "=" in signature.split("(")[0]:
            signature = None
        elif signature.endswith("{"):
            if ")" in signature:
                start, name = first, signature.split("(")[0].split()[-1]
            signature = None


def main(root):
    root = pathlib.Path(root)
    problems = []
    for path in sorted(root.glob("game/**/*")):
        if path.suffix not in (".cpp", ".h") or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_FILE_LINES and rel not in FILE_EXCEPTIONS:
            problems.append(f"{rel}: {len(lines)} lines (at most {MAX_FILE_LINES})")
        for name, start, length in functions(lines):
            if length > MAX_FUNCTION_LINES:
                problems.append(f"{rel}:{start}: {name} is {length} lines (at most {MAX_FUNCTION_LINES})")
    for p in problems:
        print("FAIL:", p)
    if problems:
        return 1
    print("size: every file and function within its limit")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
