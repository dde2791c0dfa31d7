#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (s54d).

One random.Random(5441) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the
header row or the separator row), lines starting with bold; fenced code and
HTML comments are skipped. (None of the three lists writes papers as headings,
so no heading line is a candidate.) Each list's candidates are shuffled and
walked; each drawn line is mapped to the start of the entry it belongs to (a
continuation line belongs to the entry's first line) until 20 distinct entries
are held. Writes sample.json and prints the draw.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5441
PER_LIST = 20

LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(?:\*\*|__)\S")
TABLE = re.compile(r"^\s*\|")
SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
FENCE = re.compile(r"^\s*(```|~~~)")


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out = []
    in_fence = False
    in_comment = False
    for ln in lines:
        if in_fence:
            out.append(True)
            if FENCE.match(ln):
                in_fence = False
            continue
        if in_comment:
            out.append(True)
            if "-->" in ln:
                in_comment = False
            continue
        if FENCE.match(ln):
            in_fence = True
            out.append(True)
            continue
        s = ln.strip()
        if s.startswith("<!--"):
            out.append(True)
            if "-->" not in s:
                in_comment = True
            continue
        out.append(False)
    return out


def candidates(lines):
    mask = masked(lines)
    cands = []
    for i, ln in enumerate(lines):
        if mask[i]:
            continue
        if TABLE.match(ln):
            if SEPARATOR.match(ln):
                continue
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            if SEPARATOR.match(nxt):  # header row
                continue
            cands.append(i)
        elif LIST_ITEM.match(ln) or BOLD.match(ln):
            cands.append(i)
    return cands


def entry_start(lines, i, cand_set):
    """Walk up from a continuation line to the first line of its entry."""
    j = i
    while j not in cand_set and j > 0 and lines[j - 1].strip() and not HEADING.match(lines[j - 1]):
        j -= 1
    return j if j in cand_set else i


def entry_raw(lines, start, cand_set):
    """The entry's own lines: the start line plus continuation lines."""
    out = [lines[start]]
    k = start + 1
    while k < len(lines):
        ln = lines[k]
        if not ln.strip() or k in cand_set or HEADING.match(ln) or ln.lstrip().startswith("<"):
            break
        out.append(ln)
        k += 1
    return "\n".join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.README.md")))
    result = []
    for name in files:
        with open(os.path.join(HERE, name), encoding="utf-8", newline="") as fh:
            text = fh.read()
        lines = text.split("\n")
        cands = candidates(lines)
        cand_set = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i, cand_set)
            if s not in held:
                held.append(s)
            if len(held) == PER_LIST:
                break
        print(f"== {name}: {len(lines)} lines, {len(text)} chars, {len(cands)} candidates")
        for s in held:
            raw = entry_raw(lines, s, cand_set)
            result.append({"list": name, "line": s + 1, "raw": raw})
            print(f"{s + 1}: {raw}")
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
