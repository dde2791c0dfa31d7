"""Sample 20 candidate entry lines per list for s113d.

One random.Random(11341) generator, lists in sorted file-name order.
Candidates: list items (bullets -, *, + and numbered), table body rows
(rows after a |---| separator), lines starting with bold. No list here
writes papers as headings, so headings are not candidates.
Fenced code blocks and HTML comments are skipped.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 11341
PER_LIST = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*(\*\*|__)\S")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(PER_LIST, len(cands))))
        for n in pick:
            rows.append({"list": f, "line": n, "text": lines[n - 1], "n_candidates": len(cands)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "sampled")


if __name__ == "__main__":
    main()
