#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(6431), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and paper-title headings (none of these three lists writes papers as headings).
Fenced code and HTML comments are skipped. A drawn line is mapped to the start of its
entry; an entry is its start line plus the non-blank lines that directly follow it
(lazy continuation lines such as a description written under a bullet), up to a blank
line, the next list item, heading or table row.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])(\s|$)")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)")
HEAD = re.compile(r"^\s{0,3}#{1,6}\s")


def scan(lines):
    """Return (candidate line numbers, entry-start map) for 1-based lines."""
    skip = set()
    fence = False
    comment = False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if fence:
            skip.add(i)
            if s.startswith("```") or s.startswith("~~~"):
                fence = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = True
            skip.add(i)
            continue
        if comment:
            skip.add(i)
            if "-->" in l:
                comment = False
            continue
        if s.startswith("<!--"):
            skip.add(i)
            if "-->" not in l:
                comment = True
    cands = []
    table_header_seen = set()
    for i, l in enumerate(lines, 1):
        if i in skip:
            continue
        if TABLE.match(l):
            if SEP.match(l):
                continue
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            cands.append(i)
        elif ITEM.match(l) or BOLD.match(l):
            cands.append(i)
    starts = set(cands)
    entry_of = {}
    for c in cands:
        entry_of[c] = c
    # entry extent: start line + directly following non-blank, non-structural lines
    extent = {}
    for c in cands:
        end = c
        j = c + 1
        while j <= len(lines):
            l = lines[j - 1]
            if not l.strip() or j in starts or HEAD.match(l) or TABLE.match(l) or ITEM.match(l):
                break
            end = j
            j += 1
        extent[c] = end
    return cands, entry_of, extent


def main():
    rng = random.Random(6431)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands, entry_of, extent = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            e = entry_of[c]
            if e not in held:
                held.append(e)
            if len(held) == 20:
                break
        print(f"{name}: {len(cands)} candidates, {len(held)} entries drawn")
        for e in held:
            raw = "\n".join(lines[e - 1:extent[e]])
            out.append({"list": name, "line": e, "raw": raw})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
