"""Sample 20 candidate entry lines per list with random.Random(3907).

Candidates: list items (bullets -,*,+ and numbered), table body rows, and lines
starting with bold (leading spaces allowed). Fenced code and HTML comments skipped.
Run from anywhere: paths are relative to this file.
"""
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "Qingcsai__awesome-Deepfakes.README.md",
    "polarisZhao__awesome-face.README.md",
    "kingsj0405__awesome-face-related-list.README.md",
    "Billy1900__Awesome-DeepFake-Learning.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
BOLD = re.compile(r"^\s*\*\*")


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if SEP.match(line) and "-" in line and i > 0 and "|" in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if "|" in line and s:
                out.append(i + 1)
                continue
            in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3907)
    result = {}
    for name in LISTS:
        lines = (HERE / name).read_text(encoding="utf-8").split("\n")
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {"candidates": len(cands), "sample": picked}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
