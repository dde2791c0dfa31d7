"""Sample 20 candidate entries a list (all if fewer) with one random.Random(9621).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold,
and headings (level >= 2) in lists that write papers as headings.
Fenced code and HTML comments are skipped.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
PAPERS_AS_HEADINGS = {"Bisonai__awesome-edge-machine-learning.README.md"}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if re.match(r"^(```|~~~)", s):
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
        if re.match(r"^([-*+]|\d+[.)])\s+\S", s):
            out.append(i)
        elif s.startswith("|"):
            if re.match(r"^\|?\s*:?-{3,}", s):
                continue  # separator row
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                continue  # header row
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
        elif name in PAPERS_AS_HEADINGS and re.match(r"^#{2,6}\s", s):
            out.append(i)
    return out

rng = random.Random(9621)
rows = []
for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
    name = os.path.basename(path)
    lines = open(path, encoding="utf-8").read().split("\n")
    cand = candidates(name, lines)
    picked = sorted(cand) if len(cand) <= 20 else sorted(rng.sample(cand, 20))
    print(name, "candidates", len(cand), "picked", len(picked))
    for i in picked:
        rows.append({"list": name, "line": i + 1, "text": lines[i]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
