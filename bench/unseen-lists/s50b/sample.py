#!/usr/bin/env python3
"""Draw 20 entries a list from the saved READMEs in this folder.

One random.Random(5021) is used over the lists in sorted file-name order.  Candidate lines are
list items (bullets, numbered), table body rows (not the header row or the separator row), and
lines starting with bold; fenced code and HTML comments are skipped.  None of the three lists writes
papers as headings, so no heading line is a candidate.  Each drawn line is mapped to the start of
the entry it belongs to (a continuation line of a multi-line entry belongs to the entry's first
line), and drawing goes on until 20 distinct entries are held.

Prints one JSON object a line: list, line (1-based start), raw (the entry's exact source lines).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5021
PER_LIST = 20

ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+\S")
BOLD = re.compile(r"^\s*(\*\*|__)\S")
TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def visible_lines(lines):
    """Indices (0-based) of lines outside fenced code and HTML comments."""
    out = []
    in_fence = None
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith(in_fence):
                in_fence = None
            continue
        if in_comment:
            if "-->" in s:
                in_comment = False
            continue
        m = re.match(r"^(```|~~~)", s)
        if m:
            in_fence = m.group(1)
            continue
        if s.startswith("<!--"):
            if "-->" not in s[4:]:
                in_comment = True
            continue
        out.append(i)
    return out


def candidates(lines):
    vis = visible_lines(lines)
    visset = set(vis)
    cands = []
    for i in vis:
        line = lines[i]
        if not line.strip():
            continue
        s = line.strip()
        if s.startswith("|"):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if TABLE_SEP.match(nxt):  # header row
                continue
            cands.append(i)
        elif ITEM.match(line) or BOLD.match(line):
            cands.append(i)
    return cands, visset


def entry_start(lines, i):
    """A candidate is its own entry start unless it is an indented non-item line glued to an item."""
    if ITEM.match(lines[i]) or lines[i].lstrip().startswith("|") or not lines[i].startswith((" ", "\t")):
        return i
    j = i - 1
    while j >= 0 and lines[j].strip() and lines[j].startswith((" ", "\t")) and not ITEM.match(lines[j]):
        j -= 1
    if j >= 0 and lines[j].strip() and ITEM.match(lines[j]):
        return j
    return i


def entry_end(lines, start):
    """Last line (inclusive) of the entry starting at `start`."""
    if lines[start].lstrip().startswith("|"):
        return start
    end = start
    j = start + 1
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            j += 1
            continue
        if ITEM.match(line) or not line.startswith((" ", "\t")):
            break
        end = j
        j += 1
    return end


def main():
    rng = random.Random(SEED)
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".README.md"))
    out = []
    for name in names:
        text = open(os.path.join(HERE, name), encoding="utf-8").read()
        lines = text.split("\n")
        cands, _ = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) >= PER_LIST:
                break
        print(f"{name}: {len(cands)} candidate lines", file=sys.stderr)
        for s in sorted(held):
            e = entry_end(lines, s)
            out.append({"list": name, "line": s + 1, "raw": "\n".join(lines[s:e + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == "__main__":
    main()
