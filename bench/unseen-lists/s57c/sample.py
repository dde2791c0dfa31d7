#!/usr/bin/env python3
"""Draw 20 entries a list for hand labelling (folder s57c).

One random.Random(5731) is used over the lists in sorted file-name order. Candidate lines:
list items (bullets, numbered, and `[N].` numbered references), table body rows (not the header
or separator row), lines starting with bold, and heading lines that are papers' titles (none of
these three lists writes papers as headings). Fenced code and HTML comments are skipped.
For each list the candidates are shuffled and walked; every drawn line is mapped to the start of
the entry it belongs to, until 20 distinct entries are held.

Writes sample.json (list, line, raw) beside this script; labels are written by hand from it.
"""

import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5731
PER_LIST = 20

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
REFNUM = re.compile(r"^\[\d+\]\.\S")          # Charmve: "[1].Deep Relational ..."
BOLD = re.compile(r"^\s*\*\*")
SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HEADING = re.compile(r"^#{1,6}\s")
FIELD_ITEM = re.compile(r"^\s+[-*+]\s+\*\*[^*]+:\*\*")   # nested "* **Introduction:** ..." detail
META = re.compile(r"^\S{1,4} \| ")             # Charmve: "作者 | ...", "代码 | ..."


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return [l.rstrip("\r") for l in text.split("\n")]


def masked(lines):
    """True for lines inside fenced code or HTML comments."""
    out, fence, comment = [], False, False
    for l in lines:
        s = l.strip()
        if comment:
            out.append(True)
            if "-->" in s:
                comment = False
            continue
        if s.startswith("```") or s.startswith("~~~"):
            out.append(True)
            fence = not fence
            continue
        if fence:
            out.append(True)
            continue
        if s.startswith("<!--"):
            out.append(True)
            if "-->" not in s:
                comment = True
            continue
        out.append(False)
    return out


def table_body_rows(lines, skip):
    rows = set()
    for i, l in enumerate(lines):
        if skip[i] or not SEP.match(l) or "|" not in l and "-" not in l:
            continue
        if i == 0 or "|" not in lines[i - 1]:
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and "|" in lines[j]:
            rows.add(j)
            j += 1
    return rows


def candidates(lines):
    skip = masked(lines)
    rows = table_body_rows(lines, skip)
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        if i in rows or ITEM.match(l) or REFNUM.match(l) or BOLD.match(l):
            cands.append(i)
    return cands


def indent(l):
    return len(l) - len(l.lstrip(" "))


def entry_start(lines, i):
    """Map a drawn line to the first line of its entry (0-based)."""
    l = lines[i]
    if FIELD_ITEM.match(l):            # detail line of a dataset entry: go up to its parent item
        j = i - 1
        while j >= 0 and lines[j].strip() and (FIELD_ITEM.match(lines[j]) or indent(lines[j]) > indent(l)):
            j -= 1
        return j
    return i


def entry_end(lines, s):
    """Last line (0-based, inclusive) of the entry starting at s."""
    l = lines[s]
    if REFNUM.match(l):                # "[N].Title" then blank-separated "key | value" lines
        end, j = s, s + 1
        while j < len(lines) and not HEADING.match(lines[j]) and not REFNUM.match(lines[j]):
            if META.match(lines[j]):
                end = j
            elif lines[j].strip() and not lines[j].strip().startswith("<") and end > s:
                break
            j += 1
        return end
    if l.lstrip().startswith("|"):
        return s
    end, j = s, s + 1
    base = indent(l)
    while j < len(lines) and lines[j].strip():
        m = ITEM.match(lines[j])
        if m and not (FIELD_ITEM.match(lines[j]) and indent(lines[j]) > base):
            break
        if HEADING.match(lines[j]):
            break
        end = j
        j += 1
    return end


def main():
    rng = random.Random(SEED)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, "*.README.md"))):
        name = os.path.basename(path)
        lines = read_lines(path)
        cands = candidates(lines)
        rng.shuffle(cands)
        held, order = set(), []
        for i in cands:
            s = entry_start(lines, i)
            if s in held:
                continue
            held.add(s)
            order.append(s)
            if len(order) == PER_LIST:
                break
        stats[name] = len(cands)
        for s in order:
            e = entry_end(lines, s)
            out.append({"list": name, "line": s + 1, "raw": "\n".join(lines[s:e + 1])})
    with open(os.path.join(HERE, "sample.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for name, n in stats.items():
        print(f"{name}: {n} candidate lines")
    print(f"{len(out)} entries drawn")


if __name__ == "__main__":
    main()
