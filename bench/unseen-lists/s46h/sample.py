#!/usr/bin/env python3
"""Sample 20 entries a list with random.Random(4681) (a fresh generator per list, lists in file-name order).

Candidate lines: list items (bullets, numbered), table body rows (not the header row, not the
|---| separator), and lines starting with bold; fenced code and HTML comments are skipped.
The candidates are shuffled with rng.sample(candidates, len(candidates)) and taken in that order.
A candidate that is only a continuation of an entry already started above it (in
jarvisWang0903: the indented note bullets under a dated paper bullet, e.g. `    - **CCDA**; TODO`)
stands for that parent entry; if the parent is already in the sample the draw is skipped and the
next one is taken, until 20 distinct entries are drawn.  An indented bullet that links a paper of its
own (`    - Extension [MADAN: ...](arxiv)`) is its own entry.
Prints list, entry line, candidate line drawn, and the text.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    fence = False
    comment = False
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
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif BULLET.match(line) or s.startswith("**") and line.startswith("**"):
            out.append(i)
    return out


def parent(lines, i):
    """Entry start for candidate line i (0-based)."""
    line = lines[i]
    # indented note bullet directly under a dated paper bullet (jarvisWang0903 shape)
    if re.match(r"^\s+[-*+]", line) and not re.search(r"\]\(https?://", line):
        j = i - 1
        while j >= 0:
            if re.match(r"^- \d{4}/", lines[j]):
                return j
            if lines[j].startswith("#") or (lines[j].strip() and not lines[j][0].isspace() and not lines[j].startswith("-")):
                break
            if re.match(r"^- ", lines[j]):
                break
            j -= 1
    return i


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4681)
        order = rng.sample(cands, len(cands))
        picked = {}
        for c in order:
            p = parent(lines, c)
            if p in picked:
                continue
            picked[p] = c
            if len(picked) == 20:
                break
        print(f"== {name}: {len(cands)} candidate lines")
        for p in sorted(picked):
            print(f"{name}\t{p + 1}\t(drawn {picked[p] + 1})\t{lines[p][:150]}")


if __name__ == "__main__":
    main()
