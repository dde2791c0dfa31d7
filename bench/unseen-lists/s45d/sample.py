"""Sample 20 candidate entry lines per list with random.Random(4541).

Candidates: list items (bullets -,*,+ or numbered, at any indent), table body
rows (not the header row or the |---| separator), and lines starting with bold
(** or __). Lines inside fenced code blocks and HTML comments are skipped.
A fresh random.Random(4541) is used for each list; lists are taken in sorted
file-name order. Output: sample.json next to this script.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
N = 20
SEED = 4541

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(?:\*\*|__)\S")
TABLE = re.compile(r"^\s*\|")
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
        if TABLE.match(line):
            if SEP.match(line):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    result = {}
    for f in sorted(HERE.glob("*.README.md")):
        lines = f.read_text(encoding="utf-8").splitlines()
        cand = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cand, min(N, len(cand))))
        result[f.name] = {
            "candidates": len(cand),
            "sample": [{"line": n, "text": lines[n - 1]} for n in picked],
        }
    (HERE / "sample.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for name, r in result.items():
        print(name, r["candidates"])
        for e in r["sample"]:
            print(f"  {e['line']:4d} {e['text'][:150]}")


if __name__ == "__main__":
    main()
