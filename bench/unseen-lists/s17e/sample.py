"""Sample 20 candidate entry lines per list with random.Random(1705).

Candidates: list items (bullets -,*,+ or numbered, any indentation), table body
rows (not the header row, not the |---| separator), and lines starting with bold.
Fenced code blocks and HTML comments are skipped.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "RyanLiu112__Awesome-Process-Reward-Models.README.md",
    "dongxiangjue__Awesome-LLM-Self-Improvement.README.md",
    "anishh15__Awesome-SLM-as-a-Judge.README.md",
    "Sun-Haoyuan23__Awesome-RL-based-Reasoning-MLLMs.README.md",
]
N = 20
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


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
        if ITEM.match(line) or s.startswith("**"):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(1705)
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        lines = text.splitlines()
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, N))
        result[name] = picked
        print(f"## {name}: {len(cands)} candidates", file=sys.stderr)
        for ln in picked:
            print(f"{ln}\t{lines[ln - 1]}", file=sys.stderr)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
