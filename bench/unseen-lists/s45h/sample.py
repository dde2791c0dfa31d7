"""Sample 20 candidate entry lines per list with random.Random(4581).

Candidates: list items (bullets -, *, + and numbered items), table body rows
(not the header row or the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped. A fresh
random.Random(4581) is used for each list; lists are processed in the order
below. Prints JSON lines {list, line, text}.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "LuckyyySTA__Awesome-LLM-hallucination.README.md",
    "showlab__Awesome-MLLM-Hallucination.README.md",
    "AmourWaltz__Reliable-LLM.README.md",
]
ITEM = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)\S")
BOLD = re.compile(r"^\s*\*\*")
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
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4581)
        picked = sorted(rng.sample(cands, 20))
        for ln in picked:
            print(json.dumps({"list": name, "line": ln, "n_candidates": len(cands),
                              "text": lines[ln - 1]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
