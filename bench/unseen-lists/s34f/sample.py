"""Sample 20 candidate entry lines per list with random.Random(3406).

Candidates: list items (bullets, numbered), table body rows (not the header row
or the |---| separator), and lines starting with bold. Fenced code blocks and
HTML comments are skipped. Paths are relative to this file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = sorted(p.name for p in HERE.glob("*.README.md"))
N = 20
SEED = 3406

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if "-->" in s:
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
            out.append(i + 1)
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cand = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cand, N))
        result[name] = {"candidates": len(cand), "lines": picked}
        for ln in picked:
            print(f"{name}\t{ln}\t{lines[ln - 1][:150]}")
    (HERE / "sample.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
