#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(3071).

Candidates: list items (bullets `*`, `-`, `+`, numbered `1.`), table body rows
(a `|` row that is neither the header row nor the delimiter row), and lines
starting with bold (`**`). Fenced code blocks and HTML comments are skipped.
One Random(3071) instance is used for the lists in sorted file-name order.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[*+-]|\d+[.)])\s+\S")
DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        # a fence line opens/closes a code block; inline ```code``` pairs do not
        if s.startswith("```") and "```" not in s[3:]:
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
        if not s:
            continue
        is_table = s.startswith("|") or (s.count("|") >= 2 and not ITEM.match(line))
        if is_table:
            if DELIM.match(s):
                continue
            # header row = a table row followed by a delimiter row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if DELIM.match(nxt) and "-" in nxt:
                continue
            if s.startswith("|"):
                out.append(i + 1)
                continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3071)
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        cands = candidates(path)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        print(os.path.basename(path), len(cands), pick)


if __name__ == "__main__":
    main()
