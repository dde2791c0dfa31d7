#!/usr/bin/env python3
"""Draw 20 entries a list for s51f with ONE random.Random(5161) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; fenced code and HTML comments are skipped. (None of the three lists
writes papers as headings, so no heading lines are candidates.)
A drawn line is mapped to the start of the entry it belongs to; the entry's raw text runs from
its start to the line before the next blank line / next candidate / heading.
Partial files (saved only the first read_file pages): the last, cut-off line is not a candidate.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"zzz47zzz__awesome-lifelong-learning-methods-for-llm.README.md"}
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(?:\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEAD = re.compile(r"^\s{0,3}#{1,6}\s")


def classify(lines):
    """Return list of kinds per line: 'item', 'row', 'bold', or None; plus masked (code/comment)."""
    kinds = [None] * len(lines)
    in_code = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if "-->" in l:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            continue
        if in_code:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            kinds[i] = "row"
        elif ITEM.match(l):
            kinds[i] = "item"
        elif BOLD.match(l):
            kinds[i] = "bold"
    return kinds


def entry_span(lines, kinds, i):
    """Start and end (inclusive) of the entry holding candidate line i."""
    start = i
    # a candidate line is an entry start unless it is an indented continuation of a
    # bold/item line directly above it without a blank line and without its own marker
    end = i
    j = i + 1
    while j < len(lines):
        l = lines[j]
        if not l.strip() or kinds[j] is not None or HEAD.match(l) or lines[j].lstrip().startswith("|"):
            break
        end = j
        j += 1
    return start, end


def main():
    rng = random.Random(5161)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    out = []
    for fn in files:
        text = open(os.path.join(HERE, fn), encoding="utf-8").read()
        lines = text.split("\n")
        kinds = classify(lines)
        if fn in PARTIAL:
            last = max(i for i, l in enumerate(lines) if l.strip())
            kinds[last] = None
        cands = [i for i, k in enumerate(kinds) if k]
        order = cands[:]
        rng.shuffle(order)
        held = []
        seen = set()
        for i in order:
            s, e = entry_span(lines, kinds, i)
            if s in seen:
                continue
            seen.add(s)
            held.append((s, e))
            if len(held) == N:
                break
        held.sort()
        print(f"{fn}: {len(cands)} candidates, {len(held)} drawn", file=sys.stderr)
        for s, e in held:
            out.append({"list": fn, "line": s + 1, "raw": "\n".join(lines[s:e + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
