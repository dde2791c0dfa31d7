"""Sample 20 candidate entry lines per list with random.Random(2606).

Candidates: list items (bullets -, *, + and numbered items, any indentation),
table body rows (not the header row, not the |---| separator), and lines
starting with bold (**). Lines inside fenced code blocks and inside HTML
comments are skipped. A fresh Random(2606) is used for each list, lists in
sorted file-name order. Prints "file<TAB>line<TAB>text" (1-based lines).
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 2606
N = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])(\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
TABLE = re.compile(r"^\s*\|")
BOLD = re.compile(r"^\s*\*\*")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if TABLE.match(line):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(nxt) and "-" in nxt:
                continue  # header row
            out.append((i + 1, line))
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append((i + 1, line))
    return out


def main():
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        cands = candidates(path)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        name = os.path.basename(path)
        print(f"# {name}: {len(cands)} candidates, {len(picked)} sampled")
        for ln, text in picked:
            print(f"{name}\t{ln}\t{text}")


if __name__ == "__main__":
    main()
