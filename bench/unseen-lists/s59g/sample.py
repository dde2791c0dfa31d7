#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs in this folder (s59g).

ONE random.Random(5971) is used over all lists, taken in sorted file-name order
(AdityaLab__MM4TSA, Pandalin98__Awesome-Time-Series-QA-Papers,
mllm-ts__Awesome-Multimodal-LLMs-Time-Series).

Candidate lines (lines inside fenced code blocks and HTML comments are skipped):
  * list items: "-", "*", "+" bullets and numbered items ("1." / "1)"), at any indentation;
  * table body rows: a "|" row that is neither a header row (the row right before a
    "---" separator row) nor a separator row;
  * lines starting with bold ("**" or "__");
  * heading lines that are papers' titles: none of these three lists writes papers as
    headings, so no heading is a candidate.

Mapping a drawn line to the start of its entry:
  * mllm-ts writes a paper as "- **Title**  " followed by continuation lines
    ("    *Authors*." and "    [[paper](..)] [[code](..)]"); those continuation lines are
    indented and start with a single "*" followed by a letter or with "[[", so they are
    not candidates; if one were drawn it would map back to the bullet above it.
    entry_start() does that mapping generally: a non-candidate, non-blank, indented line
    belongs to the nearest candidate line above it with no blank line between.
  * table rows are one line each; nested table-of-contents bullets are their own entries
    (a nested TOC item is not a continuation of its parent).

Output: sample.json (list -> candidates, sorted 1-based entry lines) and the drawn lines on stdout.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5971
PER_LIST = 20

BULLET = re.compile(r"^\s*([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
TABLE = re.compile(r"^\s*\|")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
FENCE = re.compile(r"^\s{0,3}(```|~~~)")


def skip_mask(lines):
    """True for lines inside fenced code or HTML comments (fence lines included)."""
    mask = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        if in_fence:
            mask[i] = True
            if FENCE.match(line):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if "-->" in line:
                in_comment = False
            continue
        if FENCE.match(line):
            mask[i] = True
            in_fence = True
            continue
        if line.lstrip().startswith("<!--"):
            mask[i] = True
            if "-->" not in line:
                in_comment = True
    return mask


def candidates(lines):
    mask = skip_mask(lines)
    out = []
    for i, line in enumerate(lines):
        if mask[i] or not line.strip():
            continue
        if TABLE.match(line):
            if TABLE_SEP.match(line):
                continue
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]):
                continue
            out.append(i)
        elif BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def entry_start(lines, cand_set, i):
    """Map a line to the first line of the entry it belongs to."""
    if i in cand_set:
        return i
    j = i
    while j > 0 and lines[j].strip() and lines[j][:1] in (" ", "\t"):
        j -= 1
        if j in cand_set:
            return j
    return i


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".README.md"))
    result = {}
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.splitlines()
        cands = candidates(lines)
        cand_set = set(cands)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, cand_set, i)
            if s not in held:
                held.append(s)
            if len(held) == PER_LIST:
                break
        result[name] = {"candidates": len(cands), "lines": sorted(s + 1 for s in held)}
        for s in sorted(held):
            print(f"{name}\t{s + 1}\t{lines[s][:120]}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=1)
    for name, r in result.items():
        print(f"# {name}: {r['candidates']} candidates, {len(r['lines'])} drawn")


if __name__ == "__main__":
    main()
