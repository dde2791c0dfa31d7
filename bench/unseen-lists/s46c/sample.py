"""Sample 20 candidate entry lines per list with random.Random(4631).

Candidates: list items (bullets -, *, + and numbered "1." / "1)"), table body
rows (not the header row above a |---| separator, not the separator), and
lines whose first non-blank characters are "**" (bold).  Fenced code blocks
(``` or ~~~) and HTML comments (<!-- ... -->) are skipped.  A fresh
random.Random(4631) is used for each list, in the order of LISTS.
Paths are relative to this file.  Prints one JSON object per sampled line.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "Emnolope__Human-pose-estimation-papers.README.md",
    "zasuji__pose-estimation-papers.README.md",
    "umitkacar__awesome-human-pose-estimation.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, raw in enumerate(lines):
        line = raw.rstrip("\r\n")
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row of a table
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4631)
        picked = sorted(rng.sample(cands, 20))
        for n in picked:
            print(json.dumps({"list": name, "line": n, "n_candidates": len(cands),
                              "text": lines[n - 1].rstrip("\r")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
