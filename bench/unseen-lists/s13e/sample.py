#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13505).

Candidates: list items (bullets -, *, + and numbered), table body rows (not the
header row and not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Lists are taken in sorted
file-name order, one shared Random instance.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, fence, comment = [], False, False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
    return lines, out


def main():
    rng = random.Random(13505)
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        lines, cands = candidates(path)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(f"## {name}: {len(cands)} candidates")
        for n in picked:
            print(f"{name}\t{n}\t{lines[n-1]}")


if __name__ == "__main__":
    main()
