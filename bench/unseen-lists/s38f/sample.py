"""Sample 20 entries per list with random.Random(3806).

Candidate lines: list items (bullets or numbered, any indentation), table body
rows (rows after a |---| separator line), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.

An indented list item that does not start with a link (e.g. the
"    - Authors, CVPR, 2018" detail bullet under a "- Title [[Paper](...)]"
item) is a detail line of the entry above it: it is mapped to the line of the
nearest less-indented list item directly above it (no blank line between).
Candidates are drawn in the order of rng.shuffle until 20 distinct entry
starts are collected.

Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [
    "ericzzj1989__Awesome-Image-Matching.README.md",
    "youkely__awesome-visual-localization.README.md",
    "XuyangBai__awesome-point-cloud-registration.README.md",
    "TerenceCYJ__VP-SLAM-SC-papers.README.md",
]
N = 20

ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])(?:\s|$)")
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
    m = ITEM.match(lines[ln - 1])
    if not m or not m.group(1):
        return ln
    body = lines[ln - 1].strip()[1:].strip()
    if body.startswith("["):
        return ln
    ind = len(m.group(1))
    j = ln - 1
    while j >= 1 and lines[j - 1].strip():
        mj = ITEM.match(lines[j - 1])
        if mj and len(mj.group(1)) < ind:
            return j
        j -= 1
    return ln


def main():
    rng = random.Random(3806)
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
