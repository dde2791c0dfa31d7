#!/usr/bin/env python3
"""Draw 20 candidate entry lines from each saved list with random.Random(3906).

Candidates: list items (bullets -, *, + and numbered N. / N)), table body rows
(rows after a |---| separator line) and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.  Paths are relative to this file.
Prints: list<TAB>line<TAB>text, sorted by list and line.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "BaoBao0926__Awesome-Mamba-in-Remote-Sensing.README.md",
    "AvivBick__awesome-ssm-ml.README.md",
    "Open-AIFarmers__Asesome-vision-mamba.README.md",
    "hazdzz__awesome-ssm.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]\s|\d+[.)](\s|$))")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if SEP.match(line) and "|" in line:
            in_table = True
            continue
        if in_table:
            if s.startswith("|"):
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(3906)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"# {name}: {len(cands)} candidate lines")
        for ln in picked:
            print(f"{name}\t{ln}\t{lines[ln - 1]}")


if __name__ == "__main__":
    main()
