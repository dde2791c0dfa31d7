"""Sample candidate entry lines from the lists in this folder (s105a).

Candidates: bullet items, numbered items (also the maintainer's starred `*2.` and
full-width-paren `8.）` numbering, which read as numbered entries though CommonMark
does not make them list items), table body rows, lines starting with bold, and
(not used here) paper headings. Fenced code and HTML comments are skipped.
One random.Random(10511) over lists in sorted file-name order, 20 a list (all if fewer).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
CAND = re.compile(r"^\s*(?:[-*+]\s+\S|\*?\d+[.)）]|\*\*|\|)")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}")

def candidates(lines):
    out, fence, comment, prev_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--") and "-->" not in s:
            comment = True
            continue
        if s.startswith("|"):
            # table rows: skip header row (followed by separator) and separator
            if SEP.match(s) or (i < len(lines) and SEP.match(lines[i].strip())):
                continue
        if CAND.match(line):
            out.append(i)
    return out

rng = random.Random(10511)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    cands = candidates(lines)
    pick = sorted(rng.sample(cands, 20)) if len(cands) > 20 else cands
    for ln in pick:
        rows.append({"list": name, "line": ln, "text": lines[ln - 1]})
    print(name, len(cands), "candidates,", len(pick), "sampled")
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
