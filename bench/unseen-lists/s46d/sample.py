"""Sample 20 candidate entry lines per list with random.Random(4641).

Candidates: list items (bullets -,*,+ and numbered items, nested included),
table body rows (rows after a |---| separator row), and lines starting with bold.
Fenced code blocks and HTML comments (also multi-line) are skipped.
Run: python3 sample.py  (prints list, line number, text; writes sample.tsv)
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "HenryHZY__Awesome-Multimodal-LLM.README.md",
    "junkunyuan__Awesome-Large-Multimodal-Models.README.md",
    "williamium3000__awesome-mllm-grounding.README.md",
]
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")


def candidates(lines):
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
    rows = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        cands = candidates(lines)
        rng = random.Random(4641)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(f"# {name}: {len(cands)} candidates, {len(picked)} sampled")
        for n in picked:
            print(f"{name}\t{n}\t{lines[n - 1]}")
            rows.append(f"{name}\t{n}")
    with open(os.path.join(HERE, "sample.tsv"), "w", encoding="utf-8") as f:
        f.write("list\tline\n" + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
