#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (folder s58f).

One random.Random(5861) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered, and "[N] " numbered
references), table body rows (not the header row or the separator row),
lines starting with bold, and heading lines that are paper titles (none of
these three lists writes papers as headings, so no heading is a candidate).
Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to (a list
item's lazy continuation lines belong to the item's first line; a table row
is one entry) and drawing goes on until 20 distinct entries are held.
Output: sample.jsonl (list, line, raw) in drawing order.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5861

ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)]|\[\d+\])\s+\S")
BOLD = re.compile(r"^\s*\*\*\S")
SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
FENCE = re.compile(r"^\s*(```|~~~)")


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [l[:-1] if l.endswith("\r") else l for l in lines]


def analyse(lines):
    """Return (candidates, entry_start) where entry_start maps a line index
    to the index of the entry it belongs to."""
    n = len(lines)
    skip = [False] * n
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        if in_fence:
            skip[i] = True
            if FENCE.match(l):
                in_fence = False
            continue
        if FENCE.match(l):
            skip[i] = in_fence = True
            continue
        if in_comment or "<!--" in l:
            skip[i] = True
            in_comment = "-->" not in l.split("<!--")[-1] if "<!--" in l else "-->" not in l
            continue

    kind = [None] * n  # 'item', 'row', 'header', 'sep', 'bold'
    i = 0
    while i < n:
        l = lines[i]
        if not skip[i] and "|" in l and i + 1 < n and SEP.match(lines[i + 1]) and not SEP.match(l):
            kind[i] = "header"
            kind[i + 1] = "sep"
            j = i + 2
            while j < n and not skip[j] and "|" in lines[j] and lines[j].strip():
                kind[j] = "row"
                j += 1
            i = j
            continue
        if not skip[i]:
            if ITEM.match(l):
                kind[i] = "item"
            elif BOLD.match(l):
                kind[i] = "bold"
        i += 1

    cands = [i for i in range(n) if kind[i] in ("item", "row", "bold")]
    start = {}
    for i in cands:
        start[i] = i
    # lazy continuation lines of list items / bold lines belong to the item
    for i in cands:
        if kind[i] not in ("item", "bold"):
            continue
        j = i + 1
        while j < n and lines[j].strip() and kind[j] is None and not skip[j] \
                and not HEADING.match(lines[j]) and not lines[j].lstrip().startswith("<"):
            start[j] = i
            j += 1
    return cands, start, kind


def entry_raw(lines, start, i):
    js = [j for j, s in start.items() if s == i]
    return "\n".join(lines[j] for j in sorted(js))


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = read_lines(path)
        cands, start, _ = analyse(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = start[i]
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f"{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} drawn")
        for s in held:
            out.append({"list": name, "line": s + 1, "raw": entry_raw(lines, start, s)})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
