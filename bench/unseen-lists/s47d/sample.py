#!/usr/bin/env python3
"""Sample 20 entries a list for s47d.

ONE random.Random(4741) is used over the lists taken in sorted file-name order
(DavidZWZ..., RUC-NLPIR..., jxzhangjhu...): for each list its candidate lines are
shuffled with rng.shuffle and walked in that order.

Candidate lines: list items (bullets `-`/`*`/`+` followed by a space, numbered `1.`/`1)`),
table body rows (not the header row, not the |---| separator), and lines starting with bold
(`**`).  None of the three lists writes papers as headings, so no heading line is a candidate.
Fenced code (``` / ~~~) and HTML comments (<!-- ... -->, also over several lines) are skipped.

Entry starts: a drawn line is mapped to the first line of the entry it belongs to.  In these
three files every candidate line is itself the first line of its entry: the multi-line
citations of jxzhangjhu start with a `**Title**` line and go on with an `*Authors*` line and a
venue/links line, which are not candidates (an italic `*Name` line is not a bullet: no space
after the star); nested bullets (the update-log notes of RUC-NLPIR, the "Limitations" notes and
the nested table-of-contents items of DavidZWZ) are list items of their own, each its own entry.
The mapping function still walks back over continuation lines so that any non-candidate line
of a multi-line entry would count for the entry's first line.

Walking stops when 20 distinct entries are held (or the candidates run out).
Prints one line an entry: list, entry line, drawn line, text.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4741
PER_LIST = 20
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    fence = False
    comment = False
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
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif BULLET.match(line) or line.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, i, cands):
    """First line (0-based) of the entry that line i belongs to.

    A candidate line starts its own entry.  A non-candidate, non-blank line directly below a
    candidate (no blank line between) is a continuation of that candidate's entry.
    """
    cset = set(cands)
    j = i
    while j not in cset and j > 0 and lines[j - 1].strip():
        j -= 1
    return j if j in cset else i


def main():
    rng = random.Random(SEED)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        picked = {}
        for c in order:
            p = entry_start(lines, c, cands)
            if p in picked:
                continue
            picked[p] = c
            if len(picked) == PER_LIST:
                break
        print(f"== {name}: {len(cands)} candidate lines, {len(picked)} entries drawn")
        for p in sorted(picked):
            print(f"{name}\t{p + 1}\t(drawn {picked[p] + 1})\t{lines[p][:160]}")


if __name__ == "__main__":
    main()
