"""Sample 20 candidate entry lines a list (all if fewer) with one random.Random(13661),
lists in sorted file-name order. Candidates: list items (bullets, numbered), table body rows,
lines starting with bold, and headings (level 2+) in the list that writes papers as headings
(CHIANGEL). Fenced code and HTML comments are skipped."""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADING_LISTS = {"CHIANGEL__Research-Paper-Note.README.md"}

def candidates(name, lines):
    out, fence, comment = [], False, False
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if "-->" in s:
                comment = False
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                comment = True
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+", l):
            out.append(i)
        elif s.startswith("|"):
            if re.match(r"^\|[\s:|-]+\|?$", s):
                continue  # separator row
            nxt = lines[i] if i < len(lines) else ""
            if re.match(r"^\s*\|[\s:|-]+\|?\s*$", nxt):
                continue  # header row
            out.append(i)
        elif s.startswith("**"):
            out.append(i)
        elif name in HEADING_LISTS and re.match(r"^#{2,6}\s", l):
            out.append(i)
    return out

rng = random.Random(13661)
rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith(".README.md")):
    lines = open(os.path.join(HERE, name), encoding="utf-8").read().split("\n")
    c = candidates(name, lines)
    pick = sorted(rng.sample(c, 20)) if len(c) > 20 else c
    print(name, "candidates", len(c), "picked", len(pick))
    for n in pick:
        rows.append({"list": name, "line": n, "text": lines[n - 1]})
with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
