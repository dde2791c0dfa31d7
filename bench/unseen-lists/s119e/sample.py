#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with one random.Random(11951), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered), table body rows (not header, not
separator), lines starting with bold that begin a block (not indented continuation lines of a
list item), and -- because SparkJiao's list writes its papers as bare paragraphs -- paragraph
lines that start with a Markdown link `[`. Fenced code and HTML comments are skipped.
Writes sample.jsonl (list, line, text) next to this script.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
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
        if not s:
            continue
        prev_blank = i == 0 or not lines[i - 1].strip()
        indent = len(line) - len(line.lstrip(" "))
        if s.startswith("|"):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append(i)
        elif BULLET.match(line):
            out.append(i)
        elif (s.startswith("**") or s.startswith("__")) and (indent < 2 or prev_blank):
            out.append(i)
        elif s.startswith("[") and indent < 4:
            out.append(i)
    return out


def main():
    rng = random.Random(11951)
    rows = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cand = candidates(lines)
        pick = sorted(cand) if len(cand) <= N else sorted(rng.sample(cand, N))
        print(name, "candidates:", len(cand), "picked:", len(pick))
        for i in pick:
            rows.append({"list": name, "line": i + 1, "text": lines[i]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
