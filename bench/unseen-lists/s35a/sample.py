"""Sample 20 candidate entry lines a list with random.Random(3501).

Candidates: list items (bullets -, *, +, numbered), table body rows (not the
header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "bcmi__Awesome-Image-Harmonization.README.md",
    "krantbrity__Single-Image-Reflection-Removal-Papers-and-Code-Collection.README.md",
    "Liar-zzy__Awesome-Single-Image-Reflection-Removal.README.md",
    "GuoLanqing__Awesome-Shadow-Removal.README.md",
]
N = 20
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


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
            # header row: the next line is a separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1].strip()):
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3501)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        result[name] = {"candidates": len(cands), "lines": picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, "samples.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
