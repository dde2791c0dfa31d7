#!/usr/bin/env python3
"""Draw 20 candidate entry lines from each saved list with random.Random(3702).

Candidates: list items (bullets -, *, + or numbered 1. / 1) at any indent), table body
rows (not the header row, not the |---| separator), and lines that start with bold
(** or __). Lines inside fenced code blocks and HTML comments are skipped.
A fresh random.Random(3702) is used for each list, lists taken in sorted file-name order,
and rng.sample(candidates, 20) picks the entries. Writes sample.json beside this file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.splitlines()
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
            if SEP.match(nxt) and nxt.startswith("|"):
                continue  # header row
            out.append((i + 1, "table"))
        elif ITEM.match(line):
            out.append((i + 1, "item"))
        elif BOLD.match(line):
            out.append((i + 1, "bold"))
    return lines, out


def main():
    result = []
    for path in sorted(HERE.glob("*.README.md")):
        text = path.read_text(encoding="utf-8")
        lines, cands = candidates(text)
        rng = random.Random(3702)
        picked = sorted(rng.sample(cands, 20))
        print(f"{path.name}: {len(lines)} lines, {len(text)} chars, {len(cands)} candidates")
        for line_no, kind in picked:
            result.append({"list": path.name, "line": line_no, "kind": kind,
                           "text": lines[line_no - 1]})
    (HERE / "sample.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")


if __name__ == "__main__":
    main()
