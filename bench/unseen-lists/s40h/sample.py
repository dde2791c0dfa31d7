"""Sample 20 candidate entry lines per list with random.Random(4008).

Candidates: list items (bullets, numbered), table body rows (not header or
separator rows), and lines starting with bold; fenced code and HTML comments
are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))

ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
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
            # table row: header is the row followed by a separator row
            nxt = lines[i].strip() if i < len(lines) else ""
            if SEP.match(s):
                prev_table = True
                continue
            if SEP.match(nxt) and nxt.startswith("|"):
                prev_table = True
                continue
            if prev_table:
                out.append(i)
            continue
        prev_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(4008)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        result[name] = {"candidates": len(cand), "lines": pick}
        for n in pick:
            print(f"{name}\t{n}\t{lines[n-1]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
