"""Sample 20 entries per list with random.Random(3801).

Candidate lines: list items (bullets or numbered, any indentation), table body
rows (rows after a |---| separator line), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.

A candidate line that is a detail bullet of a larger entry is mapped to the
line where that entry starts: a list item whose block (the lines above it up
to the previous blank line) opens with a non-list line that starts with "**"
or "[" (e.g. "**1. CCA**" followed by "- **Paper:** ..." bullets, or
"[MM 2018] Title" followed by "* 动机：..." note bullets) belongs to that
opening line.  Candidates are drawn in the order of rng.shuffle until 20
distinct entry starts are collected.

Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "tgc1997__Awesome-Video-Captioning.README.md",
    "DingyiYang__Awesome-Story-Evaluation.README.md",
    "cross-modal-retrieval__cross-modal-retrieval.README.md",
    "yawenzeng__Awesome-Cross-Modal-Video-Moment-Retrieval.README.md",
]
N = 20

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])(?:\s|$)")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def candidates(text):
    lines = text.split("\n")
    out = []
    in_fence = False
    in_comment = False
    in_table_body = False
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
                in_table_body = True
                continue
            if in_table_body:
                out.append(i)
            continue
        in_table_body = False
        if ITEM.match(line) or s.startswith("**"):
            out.append(i)
    return out


def entry_start(lines, ln):
    """Map a detail bullet to the line opening its block, if that is a bold or '[' line."""
    if not ITEM.match(lines[ln - 1]):
        return ln
    j = ln - 1
    while j >= 1 and lines[j - 1].strip() and ITEM.match(lines[j - 1]):
        j -= 1
    if j >= 1 and lines[j - 1].strip():
        s = lines[j - 1].strip()
        if s.startswith("**") or s.startswith("["):
            return j
    return ln


def main():
    rng = random.Random(3801)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
            text = f.read()
        lines = text.split("\n")
        cands = candidates(text)
        order = list(cands)
        rng.shuffle(order)
        starts = []
        for ln in order:
            st = entry_start(lines, ln)
            if st not in starts:
                starts.append(st)
            if len(starts) == N:
                break
        picked = sorted(starts)
        result[name] = {"candidates": len(cands), "lines": picked}
        print(f"== {name}: {len(cands)} candidates")
        for ln in picked:
            print(f"{ln}: {lines[ln-1]}")
    with open(os.path.join(HERE, "sample.json"), "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
