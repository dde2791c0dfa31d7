#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(11111), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Skipped: fenced code, HTML comments, table header and separator rows, indented
`- code : URL` sub-bullets (they continue the paper entry above them; see FINDINGS.md),
and the last line of a partially fetched file when it is a table row cut off mid-cell
(no closing `|` and no newline: an artifact of the fetch, not an entry of the list).
No list here writes papers as headings, so headings are not candidates.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
CODE_SUB_RE = re.compile(r"^\s+- code : ")


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
            if i == len(lines) - 1 and not s.endswith("|"):
                continue  # truncated final row of a partial fetch
            if SEP_RE.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt) and "-" in nxt:
                continue  # header row
            out.append(i)
            continue
        if CODE_SUB_RE.match(line):
            continue
        if LIST_RE.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(11111)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        picked = rng.sample(cand, min(20, len(cand)))
        print(name, "candidates:", len(cand), "picked:", len(picked))
        for i in sorted(picked):
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
