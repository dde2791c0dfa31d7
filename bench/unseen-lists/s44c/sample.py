#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(4431).

Candidates: list items (bullets -, *, + or numbered, any indent), table body
rows (not the header row, not the |---| separator), and lines starting with
bold (** at column 0; indented bold continuation lines inside a list item are
part of that item, not new entries). Fenced code and HTML comments are skipped.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "wentianli__awesome-video-editing.README.md",
    "soraw-ai__Awesome-Text-to-Video-Generation.README.md",
    "feifeiobama__Awesome-Text-to-Video-Generation.README.md",
]
BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


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
        if BULLET.match(line):
            out.append(i + 1)
        elif s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif line.startswith("**"):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4431)
        picked = sorted(rng.sample(cands, 20))
        result[name] = [{"line": n, "text": lines[n - 1]} for n in picked]
        print(name, "candidates:", len(cands))
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
