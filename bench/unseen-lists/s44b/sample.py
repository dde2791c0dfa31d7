"""Sample 20 candidate entry lines per list with random.Random(4421).

Candidates: list items (bullets or numbered), table body rows (rows after a
header separator row), and lines starting with bold (after optional spaces).
Fenced code blocks and HTML comments are skipped. A fresh Random(4421) is used
for each list, lists taken in the order of SOURCES.tsv.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
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
        if SEP.match(line) and "|" in line:
            in_table = True
            continue
        if in_table:
            if s.startswith("|"):
                out.append(i)
                continue
            in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rows = []
    with open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            repo = line.split("\t")[0]
            rows.append(repo.replace("/", "__") + ".README.md")
    for name in rows:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4421)
        picked = sorted(rng.sample(cands, 20))
        print(f"{name}\t{len(cands)} candidates\t{picked}")
        for n in picked:
            print(f"  {n}: {lines[n - 1]}")


if __name__ == "__main__":
    main()
