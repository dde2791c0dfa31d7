#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2105).

Candidates: list items (bullets -,*,+ or numbered 1. / 1) at any indent), Markdown
table body rows (not the header row, not the |---| separator), and lines starting
with bold (**...). Lines inside fenced code blocks and HTML comments are skipped.
A fresh Random(2105) is made for each list; lists are taken in sorted file-name order.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8", newline="").read().replace("\r\n", "\n").split("\n")
    out = []
    fence = None
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^(```+|~~~+)", s)
        if m:
            fence = m.group(1)[:3]
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_table = s.startswith("|")
        if is_table:
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP.match(s) or SEP.match(nxt) and not prev_table:
                prev_table = True
                continue  # separator or header row
            out.append(i)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i)
        prev_table = is_table
    return out


if __name__ == "__main__":
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        cands = candidates(path)
        rng = random.Random(2105)
        picked = sorted(rng.sample(cands, 20))
        print(os.path.basename(path), len(cands), picked)
