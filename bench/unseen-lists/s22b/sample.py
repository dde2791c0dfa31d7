#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2202).

Candidates: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`), table body rows
(rows after a `| --- |` separator, header rows excluded), and lines starting with bold.
Fenced code blocks and HTML comments (single- or multi-line) are skipped.
A fresh random.Random(2202) is used for every list; lists are taken in sorted file order.

    python3 sample.py            # prints list<TAB>line<TAB>text for the sample
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2202
PER_LIST = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
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
        if TABLE_ROW.match(line):
            if TABLE_SEP.match(line):
                in_table_body = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if TABLE_SEP.match(nxt):
                in_table_body = False  # header row
                continue
            if in_table_body:
                out.append((i, line))
            continue
        in_table_body = in_table_body and bool(s) and not s.startswith("#")
        if BULLET.match(line) or BOLD.match(line):
            out.append((i, line))
    return out


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        cands = candidates(path)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(PER_LIST, len(cands))))
        print(f"# {name}: {len(cands)} candidates")
        for ln, text in picked:
            print(f"{name}\t{ln}\t{text}")


if __name__ == "__main__":
    main()
