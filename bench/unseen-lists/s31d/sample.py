#!/usr/bin/env python3
"""Sample 20 candidate entry lines from each saved README (seed 3141).

Candidate lines: list items (bullets, numbered), table body rows, lines
starting with bold.  Fenced code and HTML comments are skipped.

Judgement call for these lists: two of them number their entries as plain
paragraphs rather than Markdown list items -- `[12] Cheng et al, ...`
(scott89) and `12.**[Title(venue)](url)**` with no space after the dot
(ssssober).  A reader sees both as numbered entries, so both count as
"numbered" here.

Each list gets its own random.Random(3141); the 20 sampled line numbers are
printed sorted, 1-based.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "scott89__awesome-depth.README.md",
    "ssssober__Depth-Estimation.README.md",
    "changhao-chen__deep-learning-localization-mapping.README.md",
    "fabiotosi92__Awesome-Deep-Stereo-Matching.README.md",
]
SEED = 3141
N = 20

BULLET = re.compile(r"^\s*[-*+]\s+\S")
NUMBERED = re.compile(r"^\s*(\d+[.)](\s+|\*\*)|\[\d+\]\s+)\S")
BOLD = re.compile(r"^\s*\*\*\S")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if line.lstrip().startswith("<!--"):
            if "-->" not in line:
                in_comment = True
            continue
        if TABLE.match(line):
            if SEP.match(line):
                continue
            # header row: the next line is the separator
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        result[name] = {"candidates": len(cands), "sample": picked}
        print(f"{name}: {len(cands)} candidates")
        for ln in picked:
            print(f"  {ln}: {lines[ln - 1]}")
    if "--json" in sys.argv:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
