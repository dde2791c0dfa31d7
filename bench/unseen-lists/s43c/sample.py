"""Sample 20 candidate entry lines per list with random.Random(4303).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold. Fenced code blocks and HTML comments are skipped.
Run: python3 sample.py  (prints JSON lines: list, line, text)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            if not in_table and SEP.match(nxt.strip()):
                continue  # header row
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
        cand = candidates(lines)
        rng = random.Random(4303)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        for n in pick:
            print(json.dumps({"list": name, "line": n, "text": lines[n - 1],
                              "candidates": len(cand)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
