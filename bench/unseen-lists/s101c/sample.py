#!/usr/bin/env python3
"""Sample candidate entry lines from the saved READMEs (s101c).

Candidates: list items (bullets -, *, + and numbered, any indent), table body rows,
lines starting with bold; fenced code and HTML comments skipped. None of the three
lists writes papers as headings, so headings are not candidates.
For the two partial files (first two read_file pages only) the last, truncated line
is left out of the candidates.

One random.Random(10131) generator, lists in sorted file-name order. For each list the
whole candidate list is shuffled (rng.shuffle on a copy) and the first 20 are the sample;
the full shuffled order is kept in sample.jsonl ("rank") so that, when two sampled lines
belong to the same multi-line entry, the next line in that order can replace the
duplicate (see FINDINGS.md).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PARTIAL = {"kjw0612__awesome-deep-vision.README.md", "gyunggyung__AGI-Papers.README.md"}
N = 20

item_re = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
table_re = re.compile(r"^\s*\|")
sep_re = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
bold_re = re.compile(r"^\s*(\*\*|__)\S")


def candidates(lines, partial):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    n = len(lines)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if partial and i == n - 1:
            continue
        if table_re.match(line):
            # header row = first table row (followed by separator); separator skipped
            nxt = lines[i + 1] if i + 1 < n else ""
            if sep_re.match(line):
                prev_table = True
                continue
            if not prev_table and sep_re.match(nxt):
                prev_table = True
                continue
            prev_table = True
            out.append(i + 1)
            continue
        prev_table = False
        if item_re.match(line) or bold_re.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(10131)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        lines = text.split("\n")
        cands = candidates(lines, name in PARTIAL)
        order = list(cands)
        rng.shuffle(order)
        for rank, ln in enumerate(order):
            rows.append({"list": name, "line": ln, "rank": rank,
                         "sampled": rank < N, "text": lines[ln - 1]})
        print(name, "candidates", len(cands))
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
