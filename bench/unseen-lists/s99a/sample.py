#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(9911); writes sample.jsonl.

Candidates: list items (bullets `-`/`*`/`+` followed by a space, numbered `1.`/`1)`),
table body rows (rows after a header row and its |---| delimiter row), and lines
starting with bold (`**`). Fenced code blocks and HTML comments are skipped.
No list here writes papers as headings, so headings are not candidates.
Lines are read with CRLF stripped (HoldenHu's file has CRLF line endings).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
DELIM_RE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def lines_of(path):
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    return [l.rstrip("\r") for l in text.split("\n")]


def candidates(lines):
    out = []
    in_fence = False
    fence = ""
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if not in_fence and s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        m = re.match(r"^\s*(`{3,}|~{3,})", line)
        if m:
            if not in_fence:
                in_fence, fence = True, m.group(1)[0]
            elif m.group(1)[0] == fence:
                in_fence = False
            continue
        if in_fence:
            continue
        # tables: header row followed by a delimiter row
        if s.startswith("|") and i + 1 < len(lines) and DELIM_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            in_table = True
            continue
        if in_table:
            if DELIM_RE.match(line) and "-" in line:
                continue
            if s.startswith("|") or ("|" in s and s):
                out.append(i + 1)
                continue
            in_table = False
        if LIST_RE.match(line):
            out.append(i + 1)
        elif line.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(9911)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for f in files:
        lines = lines_of(os.path.join(HERE, f))
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        print(f, "candidates:", len(cand), "picked:", len(picked))
        for n in picked:
            rows.append({"list": f, "line": n, "text": lines[n - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
