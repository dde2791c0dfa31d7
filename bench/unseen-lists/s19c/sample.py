"""Sample 20 candidate entry lines per list with random.Random(1915).

Candidates: list items (bullets -, *, + and numbered), table body rows
(not header, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
SEED = 1915
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith("<!--"):
            if "-->" not in s:
                in_comment = True
            continue
        is_table = s.startswith("|")
        if is_table:
            # body row: a table line that is not the separator and follows one
            if SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ""
            header = SEP.match(nxt.strip() or "x") is not None
            if not header and prev_table:
                out.append(i)
            prev_table = True
            continue
        prev_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(SEED)
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        lines = text.split("\n")
        print(f"== {name}: {len(cands)} candidates, {len(picked)} sampled")
        for ln in picked:
            print(f"{ln}\t{lines[ln-1]}")


if __name__ == "__main__":
    main()
