#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(8651), lists in sorted file-name order.

Candidates: list items (bullets, numbered, at any indentation), table body rows, lines starting with bold.
None of the three lists writes papers as headings, so headings are not candidates.
Fenced code and HTML comments are skipped.
A nested item that is only the continuation of its parent paper entry is not a candidate of its own
(it is part of the parent's raw): pochih's "    - Authors, VENUE, YEAR" line under each title, and
icoxfog417's "   * [GitHub](...)" line under a numbered citation.
Writes sample.jsonl beside this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
CONT = [
    re.compile(r"^\s+- [^\[]*, [A-Za-z]+, \d{4}\s*$"),   # pochih authors/venue line
    re.compile(r"^\s+\* \[GitHub\]\("),                   # icoxfog417 code link under a citation
]


def candidates(lines):
    out = []
    in_fence = False
    fence = None
    in_comment = False
    prev_table = False
    seen_sep = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_fence:
            if s.startswith(fence):
                in_fence = False
            continue
        m = re.match(r"^\s*(```+|~~~+)", line)
        if m:
            in_fence = True
            fence = m.group(1)
            prev_table = False
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if s.startswith("|"):
            if TABLE_SEP.match(s):
                seen_sep = True
                prev_table = True
                continue
            if prev_table and seen_sep:
                out.append(i)
            else:
                seen_sep = False
            prev_table = True
            continue
        prev_table = False
        seen_sep = False
        if any(c.match(line) for c in CONT):
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(8651)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        print(f, len(cands), "candidates")
        for ln in pick:
            rows.append({"list": f, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
