"""Sample 20 entries a list with ONE random.Random(6381), lists in sorted file-name order.

Candidate lines: list items (bullets -, *, + at any indent; numbered 1. / 1)),
table body rows (rows after a header + separator row; header and separator rows
are not candidates; `|`-lines outside a GFM table, e.g. the orphan rows after a
blank line in mkhateri papers-code.md, are not table rows), and lines starting
with bold (the amirhossein-kz `**Title** \\` entries). None of the three lists
writes papers as headings, so no heading line is a candidate. Fenced code and
HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to: a
continuation line belongs to the nearest candidate above it in the same block
(no blank line between). An entry's raw text runs from its first line to the
line before the next blank line, heading or candidate line.
Draw until 20 distinct entries are held.
Run: python3 sample.py  -> JSON lines (list, line, raw, candidates)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

BULLET = re.compile(r"^\s*[-*+](\s|$)")
NUMBERED = re.compile(r"^\s*\d+[.)]\s")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
HEADING = re.compile(r"^ {0,3}#{1,6}\s")


def scan(lines):
    cand = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if not in_table and SEP.match(nxt):
                continue  # header row
            if in_table:
                cand.append(i)
            continue
        in_table = False
        if s in ("---", "***"):
            continue
        if HEADING.match(line):
            continue
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            cand.append(i)
    return cand


def entry_start(lines, n, cand_set):
    if n in cand_set:
        return n
    i = n
    while i > 1 and lines[i - 2].strip() and i not in cand_set:
        i -= 1
    return i if i in cand_set else n


def entry_raw(lines, start, cand_set):
    out = [lines[start - 1]]
    j = start + 1
    while j <= len(lines):
        nxt = lines[j - 1]
        if not nxt.strip() or HEADING.match(nxt) or j in cand_set:
            break
        out.append(nxt)
        j += 1
    return "\n".join(out)


def main():
    rng = random.Random(6381)
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = scan(lines)
        cand_set = set(cand)
        order = cand[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(lines, n, cand_set)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in sorted(held):
            print(json.dumps({"list": name, "line": s,
                              "raw": entry_raw(lines, s, cand_set),
                              "candidates": len(cand)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
