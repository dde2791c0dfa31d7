"""Sample 20 candidate entry lines per list with random.Random(4561).

Candidates: list items (bullets, numbered, any indent), table body rows (not the
header row or the |---| separator), and lines starting with bold (** or __).
Fenced code blocks and HTML comments are skipped. A fresh Random(4561) is used
for each list, lists taken in sorted file-name order. Output: JSON lines
{list, line, text} sorted by list then line.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(?:\*\*|__)\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        if s.startswith("|"):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt) and "-" in nxt:
                continue  # header row
            out.append(i + 1)
            continue
        if LIST_ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out, lines


def main():
    rows = []
    for path in sorted(HERE.glob("*.README.md")):
        cands, lines = candidates(path.read_text(encoding="utf-8"))
        rng = random.Random(4561)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"# {path.name}: {len(cands)} candidate lines", flush=True)
        for n in picked:
            rows.append({"list": path.name, "line": n, "text": lines[n - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
