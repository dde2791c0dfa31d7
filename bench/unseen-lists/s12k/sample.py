"""Sample 20 entries a list with random.Random(2026120211).

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold;
fenced code and HTML comments skipped. A nested list item (indented under a top-level item)
is a detail line of its parent entry (both lists here put title/authors/venue/links in
sub-bullets), so it is folded into the parent: candidates are the lines where an entry starts,
and an entry's raw is its start line plus the indented lines that follow it (up to a blank
line, heading or the next top-level item). A top-level bullet whose bold title wraps onto an
unindented next line (liudaizong line 409-410) keeps that line too.
"""
import json
import random
import re
import sys

LISTS = ["liudaizong__Awesome-3D-Visual-Grounding.README.md", "AudioLLMs__Awesome-Audio-LLM.README.md"]
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
TOP = re.compile(r"^([-*+]|\d+[.)])\s+")

def entries(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    out, fence, comment, i = [], False, False, 0
    while i < len(lines):
        l = lines[i]
        if l.lstrip().startswith("```"):
            fence = not fence; i += 1; continue
        if fence: i += 1; continue
        if "<!--" in l and "-->" not in l: comment = True
        if comment:
            if "-->" in l: comment = False
            i += 1; continue
        is_row = l.startswith("|") and not re.match(r"^\|[\s:|-]+\|?\s*$", l)
        if is_row and i > 0 and re.match(r"^\|[\s:|-]+\|?\s*$", lines[i + 1] if i + 1 < len(lines) else ""):
            is_row = False  # header row
        if TOP.match(l) or l.startswith("**") or is_row:
            raw = [l]; j = i + 1
            if TOP.match(l):
                while j < len(lines) and lines[j].strip() and not lines[j].startswith("#") and not TOP.match(lines[j]) \
                        and (lines[j].startswith((" ", "\t")) or raw[-1].count("**") % 2 == 1):
                    raw.append(lines[j]); j += 1
            out.append({"line": i + 1, "raw": "\n".join(raw)})
            i = j; continue
        i += 1
    return out

rng = random.Random(2026120211)
res = []
for name in LISTS:
    cands = entries(name)
    pick = sorted(rng.sample(cands, 20), key=lambda e: e["line"])
    print(name, "candidates", len(cands), file=sys.stderr)
    for e in pick:
        res.append({"list": name, **e})
json.dump(res, open("/tmp/s12k-work/sample.json", "w"), ensure_ascii=False, indent=1)
for e in res:
    print("=====", e["list"][:12], e["line"]); print(e["raw"])
