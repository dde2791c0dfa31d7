"""Sample 20 candidate entry lines per list with random.Random(4571).

Candidates: list items (bullets -, *, + or numbered, any indent), table body rows
(not the header row, not the |---| separator) and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "Tangkfan__Temporal-Sentence-Grounding.README.md",
    "momentslab__awesome-efficient-videollm.README.md",
    "liveseongho__Awesome-Video-Language-Understanding.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(4571)
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        print(f"## {name}: {len(cands)} candidates")
        for n in picked:
            print(f"{n}\t{lines[n - 1]}")


if __name__ == "__main__":
    main()
