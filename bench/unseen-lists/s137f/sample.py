"""Sample 20 candidate entries a list with random.Random(13201), lists in sorted file-name order.

Candidate lines:
  * list items (bullets, numbered) -- except in a list that writes papers as headings, where the
    bullets under a paper heading are that entry's detail lines (authors, code, notes);
  * table body rows (rows after a |---| separator row);
  * lines starting with bold;
  * headings, in a list that writes papers as headings (langmanbusi/Myzone: its #### headings).
Fenced code and HTML comments are skipped.
"""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
PAPER_HEADING_LISTS = {"langmanbusi__Myzone.README.md": 4}   # heading level used for papers
N = 20

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    heading_level = PAPER_HEADING_LISTS.get(name)
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        # tables
        if s.startswith("|"):
            if re.match(r"^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$", s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        else:
            in_table = False
        m = re.match(r"^(#{1,6})\s", line)
        if m:
            if heading_level and len(m.group(1)) == heading_level:
                out.append(i)
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])(\s|$)", line):
            if heading_level:
                continue      # detail lines of a paper heading
            out.append(i)
            continue
        if s.startswith("**") or s.startswith("__"):
            out.append(i)
    return out

rng = random.Random(13201)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    text = open(path, encoding="utf-8").read()
    lines = text.split("\n")
    if text.endswith("\n"):
        lines = lines[:-1]
    cands = candidates(name, lines)
    pick = sorted(rng.sample(cands, min(N, len(cands))))
    print(name, "candidates:", len(cands), "sampled:", len(pick))
    for ln in pick:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
