#!/usr/bin/env python3
"""Sample 20 entries a list for s57b with ONE random.Random(5721), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
and lines starting with bold.  None of the three lists writes papers as headings, so no heading
is a candidate.  Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of its entry: a continuation line (indented, or not itself
an item, directly under an item with no blank line between) belongs to the item above.  In these
three files every entry is one line, so in practice the start is the line itself.  Lines are 1-based.
Output: sample.tsv (list, line, raw first line).
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
SEP_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def analyse(lines):
    skip = set()
    in_fence = in_comment = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            skip.add(i)
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            skip.add(i)
            in_fence = not in_fence
            continue
        if in_fence:
            skip.add(i)

    cands = []
    for i, ln in enumerate(lines, 1):
        if i in skip:
            continue
        s = ln.strip()
        if BULLET.match(ln):
            cands.append(i)
        elif s.startswith("|"):
            if SEP_ROW.match(s):
                continue
            prev = lines[i - 2].strip() if i >= 2 else ""
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP_ROW.match(nxt) and not prev.startswith("|"):
                continue  # header row
            cands.append(i)
        elif s.startswith("**"):
            cands.append(i)

    def start_of(i):
        j = i
        while j > 1:
            ln = lines[j - 1]
            if BULLET.match(ln) or ln.strip().startswith("|") or ln.strip().startswith("**"):
                return j
            prev = lines[j - 2]
            if prev.strip() == "" or HEADING.match(prev):
                return j
            if not (BULLET.match(prev) or prev.startswith(" ") or prev.startswith("\t")):
                return j
            j -= 1
        return j

    return cands, start_of


def main():
    rng = random.Random(5721)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        fname = os.path.basename(path)
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands, start_of = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = start_of(i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f"{fname}\tcandidates={len(cands)}\tdrawn={len(held)}")
        for st in sorted(held):
            out.append((fname, st, lines[st - 1]))
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as f:
        f.write("list\tline\traw\n")
        for fname, st, raw in out:
            f.write(f"{fname}\t{st}\t{raw}\n")


if __name__ == "__main__":
    main()
