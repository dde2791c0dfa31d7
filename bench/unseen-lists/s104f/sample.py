#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(10461).

Candidates: list items (bullets / numbered), Markdown table body rows,
HTML table body rows (<tr> inside <tbody>), and lines starting with bold.
Fenced code blocks and HTML comments are skipped. Lines are the file's
lines split on LF with a trailing CR removed (one list is CRLF).
Lists are visited in sorted file-name order with one generator.
Writes sample.jsonl (list, line, text) next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def lines_of(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_tbody = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if "-->" in l:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        low = s.lower()
        if low.startswith("<tbody"):
            in_tbody = True
            continue
        if low.startswith("</tbody"):
            in_tbody = False
            continue
        if in_tbody and low.startswith("<tr"):
            out.append(i)
            continue
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
            continue
        if BULLET.match(l) or BOLD.match(l):
            out.append(i)
    return out


def main():
    rng = random.Random(10461)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for f in files:
        lines = lines_of(os.path.join(HERE, f))
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, min(N, len(cands))))
        print(f, "candidates:", len(cands), "picked:", len(pick))
        for i in pick:
            rows.append({"list": f, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
