"""Sample 20 candidate entry lines a list with random.Random(2505).

Candidates: list items (-, *, + bullets; numbered items), table body rows
(rows after a |---| separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
"""
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LISTS = [
    "weihaox__GAN-Inversion.README.md",
    "SiatMMLab__Awesome-Diffusion-Model-Based-Image-Editing-Methods.README.md",
    "Westlake-AGI-Lab__Awesome-Style-Transfer-with-Diffusion-Models.README.md",
    "bcmi__Awesome-Drag-Style-Editing.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
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
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def main():
    rng = random.Random(2505)
    result = {}
    for name in LISTS:
        text = (HERE / name).read_text(encoding="utf-8")
        cands = candidates(text)
        pick = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {"candidates": len(cands), "sample": pick}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
