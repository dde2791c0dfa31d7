#!/usr/bin/env python3
"""Sample 20 entries a list for s47e.

ONE random.Random(4751) is used over all lists, taken in sorted file-name order
(DrMofu..., MIRALab-USTC..., yuto3o...): for each list its candidate lines are shuffled with
rng.shuffle and walked in that order until 20 distinct entries are held.

Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.`), including nested items,
which are list items of their own; table body rows (rows after a `---|---` separator row, up
to the next blank line; the header row and separator row are not candidates; DrMofu writes
its tables without a leading `|`); lines starting with bold. Fenced code and HTML comments are
skipped. None of the three lists writes papers as headings, so no heading is a candidate.

Entry starts: a candidate line is its own entry start. Continuation lines of a multi-line
entry (MIRALab's indented `*Authors*.` line, DrMofu's wrapped TransE title line) are not
list items, so they are never drawn; the entry's `raw` spans them (see labels.jsonl).

Prints, per list, the number of candidates and the entries held (1-based line numbers).
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    fence = False
    comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if SEP.match(s) and "|" in s:
            in_table = True
            continue
        if in_table:
            if s and "|" in s:
                out.append(i)
                continue
            in_table = False
        if BULLET.match(line) or line.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, i):
    """Every candidate line starts its own entry in these three lists."""
    return i


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rng = random.Random(4751)
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for c in order:
            p = entry_start(lines, c)
            if p in held:
                continue
            held[p] = c
            if len(held) == 20:
                break
        print(f"== {name}: {len(cands)} candidate lines, {len(held)} entries held")
        for p in sorted(held):
            print(f"{name}\t{p + 1}\t{lines[p][:160]}")


if __name__ == "__main__":
    main()
