#!/usr/bin/env python3
"""Sample 20 candidate entry lines a list with random.Random(12751), lists in sorted file-name order.

Candidates: list items (bullets, numbered) at any depth, table body rows (rows after a |---| separator),
lines starting with bold. Skipped: fenced code, HTML comments, and nested detail bullets that belong to
a bold-title parent entry (a nested item not itself starting with bold under a top-level `- **...**` item:
these are the description / venue / link lines of one multi-line entry, e.g. the `# Public Tools` blocks).
Lines are read with universal newlines (the qiana0223 file has CRLF endings).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+(.*)$")

def candidates(lines):
    out, fence, comment, in_table, parent_bold = [], False, False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence; continue
        if fence: continue
        if comment:
            if "-->" in s: comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: comment = True
            continue
        if s.startswith("|"):
            if re.match(r"^\|?\s*:?-{3,}", s):
                in_table = True; continue
            if in_table: out.append(i)
            continue
        in_table = False
        m = ITEM.match(line)
        if m:
            indent, body = len(m.group(1)), m.group(3)
            if indent < 2:
                parent_bold = body.startswith("**")
                out.append(i)
            elif parent_bold and not body.startswith("**"):
                pass  # detail line of a multi-line bold entry
            else:
                out.append(i)
            continue
        if s.startswith("**"):
            out.append(i)
    return out

rng = random.Random(12751)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().splitlines()
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, min(20, len(cands))))
    print(name, len(lines), "lines,", len(cands), "candidates")
    for n in pick:
        rows.append({"list": name, "line": n, "text": lines[n - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
