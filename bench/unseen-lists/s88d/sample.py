#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(8841), lists in sorted file-name order.

Candidates: top-level list items (bullet or numbered, indented < 2 spaces), table body rows, and
lines starting with bold; fenced code blocks and HTML comments are skipped. Nested sub-bullets
(indent >= 2) are treated as part of the entry above them (authors / links / affiliation lines in
FuHui-UPC__PersonReID) or as nested table-of-contents items, so they are not separate candidates.
None of the three lists writes papers as headings, so headings are not candidates.
Writes sample.jsonl (list, line, text).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^ ?(?:[-*+]|\d+[.)])[ \t]")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or line.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(8841)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands), "sampled:", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
