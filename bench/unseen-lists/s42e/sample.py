"""Sample 20 candidate entry lines per list with random.Random(4205).

Candidates: list items (bullets -,*,+ or numbered, any indentation), table body
rows (not the header or the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "DenseAI__awesome-biomedical-machine-learning.README.md",
    "zd200572__awesome-bioagent-papers.README.md",
    "vvvityaaa__awesome-spiking-neural-networks.README.md",
    "mazabou__awesome-neurofm.README.md",
]
ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
            # header row = first table row; separator rows skipped
            if SEP.match(s.replace("|", "", 1)) or SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            is_header = (not prev_table) and bool(SEP.match(nxt.replace("|", "", 1)))
            prev_table = True
            if not is_header:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or line.startswith("**"):
            out.append(i)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4205)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = picked
        print(f"{name}: {len(cands)} candidates")
        for n in picked:
            print(f"  {n}: {lines[n-1]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
