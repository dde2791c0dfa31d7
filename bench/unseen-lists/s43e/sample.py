"""Sample 20 candidate entry lines per list with random.Random(4305).

Candidates: list items (bullets -, *, + or numbered N. / N)), table body rows,
and lines starting (at column 0) with bold. Fenced code blocks and HTML
comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "JBoRu__Awesome-KBQA.README.md",
    "cdhx__KBQA-paper.README.md",
    "yajingyang__Data-to-text_Generation_Papers.README.md",
    "yilunzhao__Awsome-Table-Reasoning.README.md",
]
N = 20
BULLET = re.compile(r"^\s*([-*+]\s+\S|\d+[.)](\s|$))")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
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
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line):
            out.append(i + 1)
            continue
        if line.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(4305)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        result[name] = {"candidates": len(cand),
                        "sample": [{"line": n, "text": lines[n - 1]} for n in pick]}
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    for name, r in result.items():
        print(name, r["candidates"])
        for e in r["sample"]:
            print("  %4d  %s" % (e["line"], e["text"][:150]))


if __name__ == "__main__":
    main()
