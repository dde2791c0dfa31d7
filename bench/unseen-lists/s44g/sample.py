"""Sample 20 candidate entry lines per list with random.Random(4471).

Candidate lines: list items (bullets -, *, + or numbered 1. / 1)), table body
rows (rows after a |---| separator row; header and separator rows excluded),
and lines starting with bold (after optional spaces). Fenced code blocks and
HTML comments are skipped. A fresh random.Random(4471) is used for each list;
lists are taken in SOURCES.tsv order. Run: python3 sample.py
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4471
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidate_lines(lines):
    out = []
    fence = False
    comment = False
    table = False
    for no, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            table = False
            continue
        if fence:
            continue
        if comment:
            if "-->" in line:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if "|" in line and TABLE_SEP.match(line):
            table = True
            continue
        if table:
            if s.startswith("|"):
                out.append(no)
                continue
            table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(no)
    return out


def lists():
    with open(os.path.join(HERE, "SOURCES.tsv"), encoding="utf-8") as f:
        for row in f:
            if row.startswith("#") or not row.strip():
                continue
            yield row.split("\t")[0].replace("/", "__") + ".README.md"


def main():
    for name in lists():
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidate_lines(lines)
        picked = sorted(random.Random(SEED).sample(cands, N))
        print(f"{name}\t{len(cands)} candidates\t{picked}")
        for no in picked:
            print(f"  {no}: {lines[no - 1]}")


if __name__ == "__main__":
    main()
