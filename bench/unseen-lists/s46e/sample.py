"""Sample 20 candidate entry lines a list with random.Random(4651).

Candidates: list items (bullets -,*,+ and numbered), table body rows, and lines
starting with bold (after leading spaces). Fenced code blocks and HTML comments
are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "StevenYuan666__Awesome-Offline-Model-based-Optimization.README.md",
    "keivalya__key-deep-rl-papers.README.md",
    "Skylark0924__awesome-offlineRL-in-robotics.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
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
            # table body rows: skip header (the row before a separator) and separators
            if SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if SEP.match(nxt.strip()):
                continue
            out.append(i)
            continue
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rows = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4651)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, "candidates:", len(cands))
        for n in picked:
            rows.append({"list": name, "line": n, "text": lines[n - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
