#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list (random.Random(10021), lists in sorted file-name order).

Candidates: list items (-, *, + bullets, numbered items) at any indent, table body rows,
lines starting with bold; fenced code and HTML comments are skipped. No list here writes
papers as headings, so headings are not candidates. Judgement call: in the ic1fy list each
paper bullet carries a nested "  - 简介（中文）：..." detail bullet; that bullet is part of its
paper's entry, not an entry of its own, so it is not a candidate.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(10021)
out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines, 1):
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
        is_item = re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line) is not None
        is_row = s.startswith("|") and not re.match(r"^\|?\s*:?-{2,}", s)
        is_bold = s.startswith("**")
        if is_row:
            # skip header rows: a row directly followed by a separator row
            nxt = lines[i].strip() if i < len(lines) else ""
            if re.match(r"^\|?\s*:?-{2,}", nxt):
                is_row = False
        if re.match(r"^\s*[-*+]\s+简介", line):
            continue
        if is_item or is_row or is_bold:
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, "candidates:", len(cands), "sampled:", k)
    for ln in picked:
        out.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
