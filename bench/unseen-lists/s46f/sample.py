"""Sample 20 candidate entry lines per list with random.Random(4661).

Candidate lines: list items (bullets -, *, + or numbered 1. / 1)), table body
rows (rows after a |---| separator line), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A fresh Random(4661) is
used for each list; lists are taken in sorted file-name order.
Prints: list, 1-based line number, line text (as JSON lines).
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
N = 20
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if s.startswith("|"):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append((i, line))
            continue
        in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append((i, line))
    return out


def main():
    for path in sorted(HERE.glob("*.README.md")):
        cands = candidates(path.read_text(encoding="utf-8"))
        rng = random.Random(4661)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        for ln, text in picked:
            print(json.dumps({"list": path.name, "line": ln, "text": text,
                              "n_candidates": len(cands)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
