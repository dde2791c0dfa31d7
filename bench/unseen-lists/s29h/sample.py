#!/usr/bin/env python3
"""Sample 20 candidate entry lines from each list in this folder.

Candidate lines: list items (bullets -, *, + or numbered "1." / "1)", any indent),
table body rows (lines starting with "|" that are neither a separator row nor the
header row right above a separator), and lines starting with bold ("**").
Fenced code blocks and HTML comments (including multi-line ones) are skipped.

One random.Random(2908) is used for all lists, taken in sorted file-name order;
rng.sample(candidates, 20) per list. Writes sample.json (list, line, text).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2908
PER_LIST = 20

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
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
        if s.startswith("|"):
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and SEP_RE.match(nxt):
                continue  # header row
            out.append((i + 1, line))
        elif LIST_RE.match(line) or s.startswith("**"):
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(SEED)
    result = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        cands = candidates(path)
        picked = sorted(rng.sample(cands, PER_LIST))
        print(f"{name}: {len(cands)} candidate lines")
        for ln, text in picked:
            result.append({"list": name, "line": ln, "text": text})
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
