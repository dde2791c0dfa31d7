"""Sample 20 candidate entry lines per list with random.Random(8561).

Candidates: list items (bullets -, *, +; numbered N. / N)), table body rows
(| rows after a |---| separator), lines starting with bold (**).
Skipped: fenced code blocks and HTML comments. No list here writes papers as headings.
Lines are 1-based; CRLF is stripped. Writes sample.jsonl.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(8561)
ITEM = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")

def candidates(lines):
    out, fence, comment, in_table = [], False, False, False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            fence = not fence
            continue
        if fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8", newline="").read().split("\n")
    lines = [l[:-1] if l.endswith("\r") else l for l in lines]
    cand = candidates(lines)
    picked = sorted(rng.sample(cand, min(20, len(cand))))
    print(name, "candidates:", len(cand), "picked:", len(picked))
    for n in picked:
        rows.append({"list": name, "line": n, "text": lines[n - 1]})

with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
