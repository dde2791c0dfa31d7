#!/usr/bin/env python3
"""Sample 20 entries a list for s47g.

ONE random.Random(4771) is used over the three lists, taken in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the header row or the
|---| separator), lines starting with bold, and heading lines that are papers' titles (none of
the three lists writes papers as headings); fenced code and HTML comments are skipped.
For each list the candidates are shuffled with rng.shuffle and walked in that order; each drawn
line is mapped to the start of the entry it belongs to and the walk goes on until 20 distinct
entries are held.

Entry starts: a bullet line starts an entry.  An indented bullet without a web link of its own that
sits directly under a bullet linking a paper (snakeztc: `  * Memory Network` under the Goldilocks
paper) is a note of that entry and stands for it.  Lines that are not bullets (wrapped titles or
author lines such as `Deep Model](...)`) are never candidates; they belong to the bullet above.
Prints list, entry line, the drawn line and the text.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s")
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
        elif BULLET.match(line) or line.startswith("**") or line.startswith("__"):
            out.append(i)
    return out


def entry_start(lines, i):
    m = BULLET.match(lines[i])
    if not m or not m.group(1) or re.search(r"https?://", lines[i]):
        return i
    indent = len(m.group(1))
    j = i - 1
    while j >= 0:
        if not lines[j].strip():
            j -= 1
            continue
        mj = BULLET.match(lines[j])
        if mj and len(mj.group(1)) < indent:
            if re.search(r"\]\(https?://", lines[j]):
                return j
            return i
        if lines[j].startswith("#"):
            return i
        j -= 1
    return i


def main():
    rng = random.Random(4771)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        picked = {}
        for c in order:
            p = entry_start(lines, c)
            if p in picked:
                continue
            picked[p] = c
            if len(picked) == 20:
                break
        print(f"== {name}: {len(cands)} candidate lines")
        for p in sorted(picked):
            print(f"{name}\t{p + 1}\t(drawn {picked[p] + 1})\t{lines[p][:160]}")


if __name__ == "__main__":
    main()
