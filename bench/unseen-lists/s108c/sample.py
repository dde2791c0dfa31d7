#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(10831).

Candidates: list items (bullets -,*,+ and numbered items, at any indent), table body
rows (not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. No list here writes papers as headings,
so headings are not candidates. One generator, lists in sorted file-name order.
Writes sample.jsonl (list, line, text) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


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
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            is_header = not prev_table  # first row of a table is its header
            prev_table = True
            if is_header or SEP.match(s):
                continue
            out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(10831)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, "candidates:", len(cand), "sampled:", len(pick))
        for n in pick:
            rows.append({"list": f, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
