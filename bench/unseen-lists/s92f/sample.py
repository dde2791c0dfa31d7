#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(9261), lists in sorted file-name order.

Candidates: list items (bullets -,*,+ and numbered N. / N)), any indentation; table body rows
(rows after a header row + delimiter row); lines starting (at column 0) with bold `**`.
Skipped: fenced code blocks, HTML comments, table header/delimiter rows.
No list here writes papers as headings, so headings are not candidates.
Writes sample.jsonl (list, line, text) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
DELIM = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        # table: header row followed by a delimiter row
        if "|" in line and i + 1 < len(lines) and DELIM.match(lines[i + 1]) and "|" in lines[i + 1]:
            in_table = True
            continue  # header row
        if in_table:
            if DELIM.match(line) and "|" in line:
                continue
            if "|" in line and s:
                out.append(i + 1)
                continue
            in_table = False
        if BULLET.match(line) and not re.match(r"^\s*[-*+]{3,}\s*$", line):
            out.append(i + 1)
            continue
        if line.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9261)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for f in files:
            with open(os.path.join(HERE, f), encoding="utf-8", newline="") as g:
                lines = g.read().splitlines()
            cand = candidates(lines)
            picks = sorted(rng.sample(cand, min(20, len(cand))))
            print(f, "candidates:", len(cand), "sampled:", len(picks))
            for ln in picks:
                fh.write(json.dumps({"list": f, "line": ln, "text": lines[ln - 1]}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
