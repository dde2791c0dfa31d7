#!/usr/bin/env python3
"""Sample 20 entries a list for the s55g labelling set.

One random.Random(5571) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the header
row nor the separator row), lines starting with bold, and heading lines that are
papers' titles (rlczddl writes every paper as an H5 heading "##### • Title ...").
Fenced code blocks and HTML comments are skipped.
Every drawn line is mapped to the first line of the entry it belongs to (a
continuation line of a multi-line entry maps to the entry's first line); in these
three files every candidate line is itself an entry's first line (the badge
continuation lines of pansanity666 are not candidates), so the mapping is the
identity, but it is kept general.

Usage: python3 sample.py            -> writes sample.json (list, line, raw) and prints a summary
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5571
PER_LIST = 20

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
TABLE = re.compile(r"^\s*\|")
SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
BOLD = re.compile(r"^\s*\*\*")
PAPER_HEADING = re.compile(r"^#{5}\s*•")  # "##### • Title  [paper](...)"
HEADING = re.compile(r"^#{1,6}\s")


def masked_lines(lines):
    """Return a list of booleans: True where the line is inside fenced code or an HTML comment."""
    mask = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_fence:
            mask[i] = True
            if s.startswith("```") or s.startswith("~~~"):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if "-->" in ln:
                in_comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            mask[i] = True
            in_fence = True
            continue
        if s.startswith("<!--"):
            mask[i] = True
            if "-->" not in s[4:]:
                in_comment = True
            continue
    return mask


def candidates(lines):
    mask = masked_lines(lines)
    out = []
    for i, ln in enumerate(lines):
        if mask[i]:
            continue
        if TABLE.match(ln):
            if SEP.match(ln):
                continue
            # header row: the next line is a separator row
            if i + 1 < len(lines) and SEP.match(lines[i + 1]) and TABLE.match(lines[i + 1]):
                continue
            out.append(i)
        elif BULLET.match(ln) or BOLD.match(ln) or PAPER_HEADING.match(ln):
            out.append(i)
    return out


def is_start(ln):
    return bool(BULLET.match(ln) or TABLE.match(ln) or BOLD.match(ln) or HEADING.match(ln))


def entry_start(lines, i):
    """Map a candidate line to the first line of its entry."""
    j = i
    while j > 0 and not is_start(lines[j]) and lines[j].strip() and lines[j - 1].strip():
        j -= 1
    return j


def entry_end(lines, start):
    """Index of the last line of the entry starting at start (continuation lines are
    non-blank lines that are indented and not themselves list items/headings/rows)."""
    ln = lines[start]
    if TABLE.match(ln) or HEADING.match(ln):
        return start
    indent = len(ln) - len(ln.lstrip())
    k = start
    while k + 1 < len(lines):
        nxt = lines[k + 1]
        if not nxt.strip():
            break
        if is_start(nxt):
            break
        nind = len(nxt) - len(nxt.lstrip())
        if nind <= indent and BULLET.match(ln):
            break
        k += 1
    return k


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    result = []
    for path in files:
        name = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        lines = text.split("\n")
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= PER_LIST:
                break
        for s in held:
            e = entry_end(lines, s)
            result.append({"list": name, "line": s + 1, "raw": "\n".join(lines[s:e + 1])})
        print(f"{name}: {len(cands)} candidate lines, {len(held)} entries drawn")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
