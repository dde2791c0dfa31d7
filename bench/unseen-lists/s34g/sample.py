"""Sample 20 candidate entry lines per list with random.Random(3407).

Candidates: list items (bullets -, *, + and numbered), table body rows
(rows after a |---| separator, not the header or separator), and lines
starting with bold (**...). Fenced code blocks and HTML comments are skipped.
Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "altamiracorp__awesome-xai.README.md",
    "hy-zhao23__Explainability-for-Large-Language-Models.README.md",
    "daikikatsuragawa__awesome-counterfactual-explanations.README.md",
    "1pha__YET-awesome-explainability.README.md",
]
N = 20
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


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
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|") or (in_table and "|" in s):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(3407)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(json.dumps({"list": name, "candidates": len(cands), "picked": picked}))
        for n in picked:
            print("  %d: %s" % (n, lines[n - 1][:150]))


if __name__ == "__main__":
    main()
