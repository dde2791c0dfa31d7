#!/usr/bin/env python3
"""Sample 20 entries a list for hand labelling (folder s32b, seed 3202).

Candidate lines: list items (bullets -, *, +; numbered "1." / "1)"), markdown table
body rows (header and delimiter rows excluded; rows indented by spaces count), and
lines starting with bold (**...).  Lines inside fenced code blocks and inside HTML
comments are skipped.

A nested list item that only continues the paper entry above it (an authors bullet
or a summary bullet indented under a paper item) is not a separate entry: it is
dropped from the candidates, so that every candidate is the first line of an entry.
Nested items under a table-of-contents link (a bullet that is only "[text](#anchor)")
stay candidates, since each of them is its own (non-paper) entry.

Usage: python3 sample.py  (writes sample.json next to this file)
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 3202
N = 20
LISTS = [
    "wangbing1416__Awesome-Fake-News-Detection.README.md",
    "ICTMCG__Awesome-Misinfo-Video-Detection.README.md",
    "bill13031__fakenewsdetection.README.md",
    "KhouloudMN97__A-Survey-on-Multi-lingual-Offensive-Language-Detection.README.md",
]

ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])(?:\s+|$)")
TOC = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s*\[[^\]]+\]\(#[^)]*\)\s*\S*\s*$")
DELIM = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    parents = []  # stack of (indent, is_toc) for list items
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = True
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if not s:
            continue
        m = ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            while parents and parents[-1][0] >= indent:
                parents.pop()
            is_toc = bool(TOC.match(line))
            if indent >= 2 and parents and not parents[-1][1]:
                # continuation bullet (authors / notes) of the entry above
                parents.append((indent, is_toc))
                continue
            parents.append((indent, is_toc))
            out.append(i)
            continue
        indent = len(line) - len(line.lstrip(" "))
        if indent == 0:
            parents = []
        if s.startswith("|"):
            if DELIM.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt.startswith("|") and DELIM.match(nxt):
                continue  # header row
            out.append(i)
            continue
        if line.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(SEED)
    result = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").splitlines()
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        result[name] = {
            "candidates": len(cand),
            "sample": [{"line": i + 1, "text": lines[i]} for i in pick],
        }
        print(name, len(lines), "lines,", len(cand), "candidates")
    (HERE / "sample.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
