#!/usr/bin/env python3
"""Sample 20 candidate entry lines from each list README in this folder.

Candidates: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`), table body rows,
and lines starting with bold (`**`/`__`). Lines inside fenced code blocks and HTML
comments are skipped. Each list gets its own random.Random(4102), and 20 line
numbers (1-based) are drawn from its candidates with rng.sample, then sorted.

    python3 sample.py            # prints list<TAB>line<TAB>text, one candidate a line
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "Wind-Gone__awesome-ai4db-paper.README.md",
    "code4DB__LLM4DB.README.md",
    "LumingSun__ML4DB-paper-list.README.md",
    "YXWei-UMN__Awesome-learned-index.README.md",
]
N = 20
SEED = 4102

BULLET = re.compile(r"^\s*[-*+]\s+\S")
NUMBERED = re.compile(r"^\s*\d+[.)]\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.rstrip("\r\n")
        st = s.strip()
        if in_comment:
            if "-->" in st:
                in_comment = False
            continue
        if st.startswith("```") or st.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if st.startswith("<!--"):
            if "-->" not in st:
                in_comment = True
            continue
        if st.startswith("|"):
            if TABLE_SEP.match(st):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append(i + 1)
            continue
        if BULLET.match(s) or NUMBERED.match(s) or BOLD.match(s):
            out.append(i + 1)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, N))
        for ln in picked:
            print(f"{name}\t{ln}\t{lines[ln - 1].rstrip(chr(13))}")


if __name__ == "__main__":
    main()
