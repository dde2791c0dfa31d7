#!/usr/bin/env python3
"""Sample 20 candidate entry lines from each list in this folder.

Candidate lines: list items (bullets -, *, + or numbered 1. / 1) followed by whitespace, any
indentation), table body rows (lines starting with '|' that are neither a header row nor a
separator row), and lines starting with bold (** or __). Fenced code blocks and HTML comments
are skipped. Each list is sampled with its own random.Random(4005) over its candidate lines
(in file order); the sample is printed in file order. Paths are relative to this script.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "chenlu19__Factual-Consistency-Papers.README.md",
    "unknown-robert-tang__Papers-of-NLG-Evaluation.README.md",
    "luopeixiang__awesome-text-summarization.README.md",
    "meng-ma-biomedical-AI__awesome-text-summarization.README.md",
]
N = 20
SEED = 4005

LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD_RE = re.compile(r"^\s*(\*\*|__)")


def candidates(lines):
    out = []
    in_fence = False
    fence_mark = None
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if in_fence:
            if s.startswith(fence_mark):
                in_fence = False
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            in_fence = True
            fence_mark = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if SEP_RE.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP_RE.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i + 1)
    return out


def main():
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            lines = fh.read().splitlines()
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(f"== {name}: {len(lines)} lines, {len(cands)} candidates")
        for ln in picked:
            print(f"{ln}\t{lines[ln - 1]}")


if __name__ == "__main__":
    main()
