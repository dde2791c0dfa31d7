"""Sample 20 candidate entry lines a list with random.Random(3705).

Candidates: list items (bullets, numbered; indented too), table body rows
(a row starting with '|' that is neither the header row nor the separator),
and lines starting with bold.  Fenced code blocks and HTML comments are skipped.
Paths are relative to this file.  Writes sample.json next to it.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "seriousran__awesome-video-sum.README.md",
    "SCZwangxiao__Temporal-Language-Grounding-in-videos.README.md",
    "Pilhyeon__Awesome-Weakly-Supervised-Temporal-Action-Localization.README.md",
    "salmank255__Awesome-Spatio-Temporal-Language-Grounding-in-Videos.README.md",
]
SEED = 3705
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
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
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, N))
        result[name] = {"candidates": len(cands), "lines": picked,
                        "text": {str(n): lines[n - 1] for n in picked}}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
