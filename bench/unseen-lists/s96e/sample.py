#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(9651).

Candidates: list items (bullets -, *, +, numbered), table body rows, lines starting
with bold (** / __), outside fenced code and HTML comments. Lists in sorted file-name
order, one generator for all.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9651)
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)")
TROW = re.compile(r"^\s*\|")
TSEP = re.compile(r"^\s*\|?\s*:?-{3,}")

out = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cands = []
    in_fence = in_comment = False
    prev_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
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
            if "-->" not in s[4:]:
                in_comment = True
            continue
        if TROW.match(ln):
            # body row: not header (next line is separator) and not separator
            nxt = lines[i] if i < len(lines) else ""
            if not TSEP.match(ln) and not TSEP.match(nxt):
                cands.append(i)
            continue
        if ITEM.match(ln) or BOLD.match(ln):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(name, "candidates", len(cands), "picked", k)
    for i in picked:
        out.append({"list": name, "line": i, "text": lines[i - 1]})

with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
