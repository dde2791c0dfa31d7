"""Sample 20 candidate lines a list (all if fewer) with one random.Random(8831), lists in sorted file-name order.

Candidates: list items (bullets, numbered, including empty items), table body rows, lines starting with bold,
and headings in lists that write papers as headings (KimRass__Flitto-ML only: there the '- Paper:' / '- Github:'
bullets are fields of the heading entry, so only the headings are candidates). Fenced code and HTML comments skipped.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"KimRass__Flitto-ML.README.md"}
ITEM = re.compile(r"^\s*([*+-]|\d+[.)])(\s|$)")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}")
BOLD = re.compile(r"^\s*(\*\*|__)")
HEAD = re.compile(r"^#{1,6}\s")

def candidates(name, lines):
    out, fence, comment, prev_table = [], False, False, False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence; continue
        if fence: continue
        if comment:
            if "-->" in ln: comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s: comment = True
            continue
        if name in HEADING_LISTS:
            if HEAD.match(ln): out.append(i)
            continue
        if TABLE.match(ln):
            if prev_table and not SEP.match(ln.replace("|", "|", 1)) and not re.fullmatch(r"[\s|:\-]+", s):
                out.append(i)
            prev_table = True; continue
        prev_table = False
        if ITEM.match(ln) or BOLD.match(ln):
            out.append(i)
    return out

rng = random.Random(8831)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    c = candidates(name, lines)
    pick = sorted(rng.sample(c, 20)) if len(c) > 20 else c
    print(name, "candidates", len(c), "sampled", len(pick))
    for i in pick:
        rows.append({"list": name, "line": i, "text": lines[i - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
