#!/usr/bin/env python3
"""Writes a help2man include file with one section per subcommand, read from the program's own
`statecraft SUB --help`, so the man page lists every subcommand and flag the program has.

Usage: subcommands_h2m.py PROGRAM OUT.h2m
"""
import re
import subprocess
import sys


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def help_of(program, *args):
    return subprocess.run([program, *args, "--help"], check=True, capture_output=True,
                          text=True).stdout


def subcommands(main_help):
    names, inside = [], False
    for line in main_help.splitlines():
        if line.endswith(":") and not line.startswith(" "):
            inside = line == "Subcommands:"
        elif inside and line.startswith("  ") and not line.startswith("   "):
            names.append(line.split()[0])
    return names


def entries(lines):
    """(term, description) for each option or positional line of a CLI11 help section."""
    result = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("  ") and not line.startswith("    "):
            parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            result.append([parts[0], parts[1] if len(parts) > 1 else ""])
        elif result:  # a description on its own line, under a long term
            result[-1][1] = (result[-1][1] + " " + line.strip()).strip()
    return result


def section(program, name):
    text = help_of(program, name)
    out = [".SS " + roff(name)]
    blocks = re.split(r"\n(?=[A-Z][A-Za-z]*:\n)", text)
    head = blocks[0].splitlines()
    summary = [l for l in head if l and not l.startswith("Usage:")]
    usage = [l for l in head if l.startswith("Usage:")]
    out += [roff(l) for l in summary]
    if usage:
        out += [".PP", "\\fB" + roff(usage[0][len("Usage: "):]) + "\\fR"]
    for block in blocks[1:]:
        for term, desc in entries(block.splitlines()[1:]):
            if term.startswith("-h,--help"):
                continue
            flag, _, rest = term.partition(" ")
            out += [".TP", "\\fB" + roff(flag) + "\\fR" + (" " + roff(rest) if rest else ""),
                    roff(desc)]
    return out


def main():
    program, out_path = sys.argv[1], sys.argv[2]
    lines = ["[SUBCOMMANDS]",
             ".PP",
             "\\fB\\-\\-data\\-dir\\fR applies to every subcommand too, before or after its name."]
    for name in subcommands(help_of(program)):
        lines += section(program, name)
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
