"""Sample 20 candidate entry lines per list with random.Random(3807).

Candidates: list items (bullets -,*,+ and numbered items), table body rows
(not the header row nor the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "iSEngLab__AwesomeLLM4APR.README.md",
    "wcphkust__LLM-PLSE-paper.README.md",
    "gai4se__LLM4SE.README.md",
]
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
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            text = f.read()
        lines = [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]
        cand = candidates(lines)
        rng = random.Random(3807)
        picked = sorted(rng.sample(cand, 20))
        result[name] = {"candidates": len(cand), "lines": picked}
        print(name, len(cand), picked)
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
