#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2026120202).

Candidates: list items (bullets -, *, + and numbered items, any indent), table body rows
(rows starting with '|' that are neither a header row -- the row right before a |---| separator --
nor the separator itself), and lines starting with bold (**). Lines inside fenced code blocks and
HTML comments are skipped. One Random instance is used for all lists, taken in sorted file-name order.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")

def candidates(lines):
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
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out

def main():
    rng = random.Random(2026120202)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        result[name] = pick
        print(f"{name}: {len(cands)} candidates, {len(lines)} lines", file=sys.stderr)
        for n in pick:
            print(f"{name}:{n}: {lines[n-1]}")
    json.dump(result, open(os.path.join("/tmp/s12b-work", "sample.json"), "w"), indent=1)

if __name__ == "__main__":
    main()
