"""Sample 20 candidate entry lines per list with random.Random(3403).

Candidates: list items (bullets -, *, +; numbered 1. / 1)), table body rows,
and lines starting with bold (**). Fenced code and HTML comments are skipped.
Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.splitlines()
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
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if SEP.match(line) and "|" in line and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if s.startswith("|") or (s and "|" in s and not BULLET.match(line)):
                out.append(i + 1)
                continue
            in_table = False
        # a table header row (the line before a separator) is not a body row
        if i + 1 < len(lines) and SEP.match(lines[i + 1]) and "|" in lines[i + 1] and "|" in line:
            continue
        if BULLET.match(line) and not re.match(r"^\s*[-*+]\s*-{2,}\s*$", line):
            out.append(i + 1)
        elif s.startswith("**"):
            out.append(i + 1)
    return out


if __name__ == "__main__":
    for name in LISTS:
        text = open(os.path.join(HERE, name), encoding="utf-8", newline="").read()
        cands = candidates(text)
        rng = random.Random(3403)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        lines = text.splitlines()
        print(json.dumps({"list": name, "n_candidates": len(cands), "lines": picked}))
        for n in picked:
            print("  %d: %s" % (n, lines[n - 1]))
