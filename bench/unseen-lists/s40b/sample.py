#!/usr/bin/env python3
"""Sample up to 20 candidate lines per list in this folder with random.Random(4002).

Candidates: list items (-, *, + or "1." / "1)" then whitespace), table body rows
(lines starting with '|' that are not a header or separator row) and lines starting
with bold (** or __). Fenced code blocks and HTML comments are skipped.
A fresh random.Random(4002) is used for each list; candidates are in file order.
Paths are relative to this script. Writes sample.json next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "PrasannaPulakurthi__awesome-remote-sensing-architectures.README.md",
    "AcWiz__ML-Ocean-Weather-Papers.README.md",
    "taohan10200__Awesome_AI4Earth.README.md",
    "RenshengJi__awesome-remote-sensing-image-generation.README.md",
]
N = 20
SEED = 4002
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out, fence, comment = [], None, False
    for i, line in enumerate(lines):
        s = line.strip()
        if comment:
            if "-->" in line:
                comment = False
            continue
        if fence:
            if s.startswith(fence):
                fence = None
            continue
        m = re.match(r"^\s*(```|~~~)", line)
        if m:
            fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|"):
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(line) or SEP.match(nxt):
                continue
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            lines = f.read().split("\n")
        c = candidates(lines)
        picked = sorted(random.Random(SEED).sample(c, min(N, len(c))))
        result[name] = {"candidates": len(c), "lines": picked}
        print(f"## {name}: {len(c)} candidates, {len(picked)} sampled")
        for ln in picked:
            print(f"{ln}\t{lines[ln - 1][:150]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
