"""Sample 20 candidate entry lines from each saved README with random.Random(4104).

Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`, and reference-numbered
lines `[1] ...` which are this folder's numbered-list shape), table body rows (not the header row
or the `|---|` separator), and lines starting with bold (`**`). Fenced code blocks and HTML
comments are skipped. A fresh random.Random(4104) is used for each list, in file-name order.
Paths are relative to this script's folder.
"""
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*([-*+])\s+\S")
NUMBERED = re.compile(r"^\s*\d+[.)]\s+\S")
REFNUM = re.compile(r"^\s*\[\d+\]\s+\S")
BOLD = re.compile(r"^\s*\*\*")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.rstrip("\n")
        if in_comment:
            if "-->" in s:
                in_comment = False
            prev_table = False
            continue
        if s.lstrip().startswith("```") or s.lstrip().startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if "<!--" in s:
            before, _, after = s.partition("<!--")
            if "-->" not in after:
                in_comment = True
            if not before.strip():
                prev_table = False
                continue
            s = before
        if TABLE.match(s):
            # header row: a table line not preceded by a table line; separator row: |---|
            is_sep = bool(re.match(r"^\s*\|[\s:\-|]+\|?\s*$", s))
            if prev_table and not is_sep:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(s) or NUMBERED.match(s) or REFNUM.match(s) or BOLD.match(s):
            out.append(i)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    for f in files:
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cand = candidates(lines)
        rng = random.Random(4104)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(f"{f}\t{len(lines)} lines\t{len(cand)} candidates\t{pick}")
        if "-v" in sys.argv:
            for ln in pick:
                print(f"  {ln}: {lines[ln-1]}")


if __name__ == "__main__":
    main()
