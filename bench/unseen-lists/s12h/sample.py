#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2026120208).

Candidates: list items (bullets -,*,+ or numbered), table body rows, and lines
starting with bold (**), skipping fenced code blocks and HTML comments.
Prints list<TAB>line<TAB>text for each sampled line (1-based line numbers).
"""
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment, in_table, seen_sep = [], False, False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                seen_sep = True
                continue
            if in_table and seen_sep:
                out.append(i)
            in_table = True
            continue
        in_table = seen_sep = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(2026120208)
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        print(f"# {name}: {len(cands)} candidates", file=sys.stderr)
        for ln in picked:
            print(f"{name}\t{ln}\t{lines[ln-1]}")


if __name__ == "__main__":
    main()
