#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13181).

Candidates: list items (bullets, numbered), table body rows, lines starting
with bold, and -- for the one list that writes papers as headings
(Suhas-13__holistichack) -- the numbered paper headings `### N. ...`.
Fenced code and HTML comments are skipped.  In the papers-as-headings list the
field bullets directly under a paper heading (`- **Authors**: ...`) belong to
that heading's entry and are not separate candidates.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
HEADING_LISTS = {"Suhas-13__holistichack.README.md"}

item_re = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
bold_re = re.compile(r"^\s*\*\*")
sep_re = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
paper_heading_re = re.compile(r"^#{2,4}\s+\d+\.\s+")
heading_re = re.compile(r"^#{1,6}\s")


def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    under_paper_heading = False
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
        if heading_re.match(line):
            under_paper_heading = False
            if name in HEADING_LISTS and paper_heading_re.match(line):
                out.append(i + 1)
                under_paper_heading = True
            continue
        if s == "" or s == "---":
            if s == "---":
                under_paper_heading = False
            continue
        if s.startswith("|"):
            if sep_re.match(s):
                continue
            # header row: the next line is a separator row
            if i + 1 < len(lines) and sep_re.match(lines[i + 1].strip()):
                continue
            out.append(i + 1)
            continue
        if item_re.match(line):
            if under_paper_heading:
                continue  # field bullet of a paper heading entry
            out.append(i + 1)
            continue
        if bold_re.match(line):
            out.append(i + 1)
            continue
    return out


def main():
    rng = random.Random(13181)
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    rows = []
    for name in names:
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        cands = candidates(name, lines)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(name, "candidates:", len(cands), "picked:", len(picked))
        for ln in picked:
            rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
