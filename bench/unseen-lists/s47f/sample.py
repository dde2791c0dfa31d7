#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs of this folder.

One random.Random(4761) is used over all lists, taken in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the header
row and not the separator row), lines starting with bold, and heading lines that
are papers' titles (none of the three lists writes papers as headings, so no
heading is a candidate here).  Lines inside fenced code and HTML comments are
skipped.  A drawn line is mapped to the start of the entry it belongs to (a
continuation line of a multi-line entry belongs to the entry's first line), and
drawing goes on until 20 distinct entries are held.

Output: sample.jsonl (list, line, raw of the drawn line's entry start) and a
summary on stdout.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4761

BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def masked_lines(lines):
    """True for lines inside fenced code or HTML comments."""
    mask = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        if in_fence:
            mask[i] = True
            if FENCE.match(ln):
                in_fence = False
            continue
        if in_comment:
            mask[i] = True
            if "-->" in ln:
                in_comment = False
            continue
        if FENCE.match(ln):
            mask[i] = True
            in_fence = True
            continue
        s = ln.strip()
        if s.startswith("<!--"):
            mask[i] = True
            if "-->" not in s:
                in_comment = True
            continue
    return mask


def candidates(lines):
    mask = masked_lines(lines)
    cands = []
    kinds = {}
    for i, ln in enumerate(lines):
        if mask[i] or not ln.strip():
            continue
        s = ln.lstrip()
        if s.startswith("|"):
            if SEP.match(ln):
                continue
            # header row: the next line is a separator row
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            # body row: somewhere above (within the same table) is a separator
            j = i - 1
            body = False
            while j >= 0 and lines[j].lstrip().startswith("|"):
                if SEP.match(lines[j]):
                    body = True
                    break
                j -= 1
            if body:
                cands.append(i)
                kinds[i] = "table"
            continue
        if BULLET.match(ln):
            cands.append(i)
            kinds[i] = "item"
            continue
        if s.startswith("**") or s.startswith("__"):
            cands.append(i)
            kinds[i] = "bold"
            continue
    return cands, kinds, mask


def entry_start(i, lines, kinds):
    """Map a drawn line to the first line of the entry it belongs to."""
    if kinds.get(i) in ("item", "table"):
        return i
    # a bold line that continues a list item (no blank line, indented) belongs to it
    j = i
    while j > 0 and lines[j - 1].strip() and lines[j].startswith((" ", "\t")):
        j -= 1
        if kinds.get(j) == "item":
            return j
    return i


def entry_end(start, lines, kinds, mask):
    """Last line (inclusive) of the entry starting at start."""
    if kinds.get(start) == "table":
        return start
    end = start
    k = start + 1
    while k < len(lines) and lines[k].strip() and not mask[k]:
        if k in kinds:  # the next candidate starts a new entry
            break
        if lines[k].lstrip().startswith(("#", "|", ">")):
            break
        end = k
        k += 1
    return end


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, "*.README.md")))
    out = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        lines = text.split("\n")
        cands, kinds, mask = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        seen = set()
        for i in order:
            st = entry_start(i, lines, kinds)
            if st in seen:
                continue
            seen.add(st)
            held.append(st)
            if len(held) >= N:
                break
        print(f"{name}: {len(lines)} lines, {len(cands)} candidates "
              f"({sum(1 for c in cands if kinds[c]=='item')} items, "
              f"{sum(1 for c in cands if kinds[c]=='table')} table rows, "
              f"{sum(1 for c in cands if kinds[c]=='bold')} bold lines), drew {len(held)}")
        for st in held:
            end = entry_end(st, lines, kinds, mask)
            raw = "\n".join(lines[st:end + 1])
            out.append({"list": name, "line": st + 1, "raw": raw})
    with open(os.path.join(HERE, "sample.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
