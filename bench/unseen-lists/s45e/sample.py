"""Sample 20 candidate entry lines per list with random.Random(4551).

Candidates: list items (bullets -, *, + and numbered), table body rows
(pipe rows that are neither a header row nor a separator row), and lines
starting with bold (**). Fenced code blocks and HTML comments are skipped.
Run: python3 sample.py  (prints JSON lines: list, line, text)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "franciscoliu__Awesome-GenAI-Unlearning.README.md",
    "caxLee__Awesome-Generative-Model-Unlearning-Survey.README.md",
    "tamlhp__awesome-machine-unlearning.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


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
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(4551)
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, 20))
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "candidates": len(cands),
                              "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
