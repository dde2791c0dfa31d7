"""Sample 20 candidate entry lines a list, seed 3151.

Candidates: list items (-, *, + bullets or `1.` numbered, any indentation), table body rows
(rows after a |---| separator row), and lines starting with bold (`**`).
Fenced code blocks and HTML comments are skipped. One random.Random(3151) per list,
lists in sorted file-name order; the 20 chosen line numbers are printed sorted.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out = []
    in_code = False
    in_comment = False
    in_table_body = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_code = not in_code
            in_table_body = False
            continue
        if in_code:
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
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        cands = candidates(path)
        rng = random.Random(3151)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {"candidates": len(cands), "sample": picked}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
