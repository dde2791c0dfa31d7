#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2904).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(| lines that are neither a header row nor a separator row), and lines starting
with bold (**). Lines inside fenced code blocks and HTML comments are skipped.
One Random(2904) instance is used over the lists in sorted file-name order.
Output: sample.json (list, line, text) and a printout.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
BULLET = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(path):
    lines = path.read_text(encoding="utf-8").split("\n")
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append((i + 1, line))
        elif BULLET.match(line):
            out.append((i + 1, line))
        elif s.startswith("**"):
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(2904)
    result = []
    for path in sorted(HERE.glob("*.README.md")):
        cands = candidates(path)
        pick = sorted(rng.sample(cands, 20))
        print(f"== {path.name}: {len(cands)} candidates")
        for ln, text in pick:
            print(f"{ln:5d}  {text}")
            result.append({"list": path.name, "line": ln, "text": text})
    (HERE / "sample.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
