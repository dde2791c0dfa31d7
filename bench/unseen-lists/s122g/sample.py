#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(12271), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold. (None of these lists writes papers as headings.)
Fenced code and HTML comments are skipped. Writes sample.jsonl beside this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE_ROW = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*\S")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if TABLE_ROW.match(line):
            if TABLE_SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(12271)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for name in names:
            with open(os.path.join(HERE, name), encoding="utf-8") as f:
                lines = f.read().split("\n")
            cands = candidates(lines)
            picked = sorted(rng.sample(cands, min(20, len(cands))))
            print(name, "candidates:", len(cands), "picked:", len(picked))
            for n in picked:
                fh.write(json.dumps({"list": name, "line": n, "text": lines[n - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
