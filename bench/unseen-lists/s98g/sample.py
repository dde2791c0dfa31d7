"""Sample 20 candidate entry lines a list with random.Random(9871) (one generator, lists in sorted file-name order).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold, and, in the list
that writes papers as headings (chuyi369__MATH_DATA), headings whose text starts with an item number
("## 1. Title", "### \t2. Title"); fenced code and HTML comments are skipped. The last table row of
seewoo5 is cut mid-title by the partial fetch and is left out.
"""
import json, random, re
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADING_LISTS = {"chuyi369__MATH_DATA.README.md"}
TRUNCATED_LAST_LINE = {"seewoo5__awesome-ai-for-math.README.md"}

def candidates(name, lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if re.match(r"^\s*(```|~~~)", line):
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
        if name in TRUNCATED_LAST_LINE and i == len(lines) - 1:
            continue
        if re.match(r"^\s*([-*+]|\d+[.)])\s+\S", line):
            out.append(i + 1); continue
        if s.startswith("|"):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if re.match(r"^\|?\s*:?-{3,}", s):
                continue  # separator row
            if re.match(r"^\|?\s*:?-{3,}", nxt):
                continue  # header row
            out.append(i + 1); continue
        if s.startswith("**"):
            out.append(i + 1); continue
        if name in HEADING_LISTS and re.match(r"^#{1,6}\s+\d+\.", line):
            out.append(i + 1); continue
    return out

rng = random.Random(9871)
rows = []
for path in sorted(HERE.glob("*.README.md")):
    lines = path.read_text(encoding="utf-8").split("\n")
    cands = candidates(path.name, lines)
    picked = sorted(rng.sample(cands, min(20, len(cands))))
    print(path.name, len(cands), "candidates,", len(picked), "sampled")
    for ln in picked:
        rows.append({"list": path.name, "line": ln, "text": lines[ln - 1]})
with open(HERE / "sample.jsonl", "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
