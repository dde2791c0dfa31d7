#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(13401); writes sample.jsonl.

Candidates: list items (bullets, numbered), table body rows, unindented lines starting
with bold, and headings in a list that writes papers as headings. Fenced code and HTML
comments are skipped. In a papers-as-headings list (Jacintha0511) the field bullets under
a paper heading (### level) belong to that heading's entry and are not candidates.
"""
import json, random, re, os, glob

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LISTS = {"Jacintha0511__AI-Agent-Security-Papers.README.md": 3}

def candidates(name, lines):
    out = []
    fence = False
    comment = False
    paper_level = PAPER_HEADING_LISTS.get(name)
    under_paper = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"^(```|~~~)", s):
            fence = not fence
            continue
        if fence:
            continue
        m = re.match(r"^(#{1,6})\s+\S", line)
        if m:
            lvl = len(m.group(1))
            if paper_level:
                under_paper = lvl == paper_level
                if lvl == paper_level:
                    out.append(i)
            continue
        if under_paper:
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i)
        elif s.startswith("|"):
            if re.match(r"^\|?\s*:?-{2,}", s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}", nxt):
                continue  # header row
            out.append(i)
        elif line.startswith("**"):
            out.append(i)
    return out

rng = random.Random(13401)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    for ln in pick:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1], "n_candidates": len(cands)})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
