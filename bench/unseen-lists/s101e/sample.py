#!/usr/bin/env python3
"""Sample up to 20 candidate entry lines per list with random.Random(10151).

Candidates: list items (bullets, numbered), table body rows (not the header row or the
separator row), lines starting with bold, and headings in a list that writes its papers
as headings (here only Xiiiing__Xiiiing.github.io, whose every H2 names one paper).
Fenced code and HTML comments are skipped. One generator serves all lists, taken in
sorted file-name order; a list with 20 or fewer candidates is taken whole (no draw).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"Xiiiing__Xiiiing.github.io.README.md"}
rng = random.Random(10151)

def candidates(name, lines):
    out, fence, comment = [], False, False
    prev_table = False  # previous line was a table line
    table_row_idx = 0
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence; prev_table = False; continue
        if fence:
            continue
        if comment:
            if "-->" in s: comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: comment = True
            prev_table = False
            continue
        if s.startswith("|"):
            table_row_idx = table_row_idx + 1 if prev_table else 1
            prev_table = True
            if table_row_idx >= 3 and not re.fullmatch(r"\|?[\s:|-]+\|?", s):
                out.append(i)
            continue
        prev_table = False
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line) or s.startswith("**"):
            out.append(i)
        elif name in PAPERS_AS_HEADINGS and re.match(r"^#{1,6}\s+\S", line):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands = candidates(name, lines)
    pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, "candidates", len(cands), "sampled", len(pick))
    for n in pick:
        rows.append({"list": name, "line": n, "text": lines[n - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
