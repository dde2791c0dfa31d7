#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13171), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and, for a
list that writes its papers as headings (LiFei121: level-3 headings), those paper headings.
Fenced code and HTML comments are skipped. Writes sample.jsonl (list, line, text).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LEVEL = {"LiFei121__paper_learning.README.md": 3}

ITEM = re.compile(r"^\s{0,12}([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s{0,3}(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
HEAD = re.compile(r"^\s{0,3}(#{1,6})\s+\S")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    level = PAPER_HEADING_LEVEL.get(name)
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if re.match(r"^\s{0,3}(```|~~~)", line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
            continue
        m = HEAD.match(line)
        if m:
            if level and len(m.group(1)) == level:
                out.append(i + 1)
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(13171)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = open(path, encoding="utf-8").read().split("\n")
        cand = candidates(name, lines)
        pick = sorted(rng.sample(cand, min(20, len(cand))))
        print(name, "candidates", len(cand), "sampled", len(pick))
        for ln in pick:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
