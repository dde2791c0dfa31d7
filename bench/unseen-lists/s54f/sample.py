#!/usr/bin/env python3
"""Sample 20 entries a list for s54f with ONE random.Random(5461), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered `1.`/`1)`), table body rows (not header or
separator rows), lines starting with bold. None of the three lists writes papers as headings, so
no heading is a candidate. Fenced code and HTML comments are skipped.

Each drawn line is mapped to the start of the entry it belongs to:
  * a table body row is its own entry;
  * inside a run of non-blank lines (no heading in between) that holds a `**[Paper]**` line
    (lcybuzz's per-paper blocks: **[Paper]**, **[Year]**, **[Authors]**, **[Pages]**,
    **[Description]**, then `1) ...` notes), every line maps to the nearest `**[Paper]**`
    line at or above it;
  * otherwise a list item is its own entry, and a bold line that is a lazy continuation of a
    list item (lcybuzz's Quick Link) maps to that list item.
Walk the shuffled candidates until 20 distinct entry starts are held.
Prints JSON lines: list, line (1-based entry start), drawn (1-based drawn line).
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
FENCE_RE = re.compile(r'^\s*(```|~~~)')


def blank(s):
    return s.strip() == ''


def masked(lines):
    """Indices inside fenced code or HTML comments."""
    out = set()
    in_fence = False
    in_comment = False
    for i, s in enumerate(lines):
        if in_fence:
            out.add(i)
            if FENCE_RE.match(s):
                in_fence = False
            continue
        if FENCE_RE.match(s):
            out.add(i)
            in_fence = True
            continue
        if in_comment:
            out.add(i)
            if '-->' in s:
                in_comment = False
            continue
        st = s.strip()
        if st.startswith('<!--'):
            out.add(i)
            if '-->' not in st:
                in_comment = True
    return out


def table_body_rows(lines):
    rows = set()
    i = 0
    n = len(lines)
    while i < n:
        s = lines[i]
        if s.lstrip().startswith('|') and i + 1 < n and SEP_RE.match(lines[i + 1]) and '-' in lines[i + 1]:
            j = i + 2
            while j < n and lines[j].lstrip().startswith('|') and not blank(lines[j]):
                rows.add(j)
                j += 1
            i = j
        else:
            i += 1
    return rows


def candidates(lines):
    skip = masked(lines)
    rows = table_body_rows(lines)
    cands = []
    for i, s in enumerate(lines):
        if i in skip or blank(s):
            continue
        if i in rows:
            cands.append(i)
            continue
        if s.lstrip().startswith('|'):
            continue  # table header / separator / header-only fragment
        if HEAD_RE.match(s):
            continue
        if LIST_RE.match(s) or BOLD_RE.match(s):
            cands.append(i)
    return cands, rows


def entry_start(lines, rows, i):
    if i in rows:
        return i
    # per-paper block: nearest **[Paper]** above within the same non-blank run
    j = i
    while j >= 0 and not blank(lines[j]) and not HEAD_RE.match(lines[j]):
        if lines[j].lstrip().startswith('**[Paper]**'):
            return j
        j -= 1
    if LIST_RE.match(lines[i]):
        return i
    # lazy continuation of a list item
    j = i - 1
    while j >= 0 and not blank(lines[j]) and not HEAD_RE.match(lines[j]):
        if LIST_RE.match(lines[j]):
            return j
        j -= 1
    return i


def main():
    rng = random.Random(5461)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands, rows = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        for i in order:
            st = entry_start(lines, rows, i)
            if st not in held:
                held[st] = i
            if len(held) >= N:
                break
        print(json.dumps({'list': name, 'candidates': len(cands), 'held': len(held)}))
        for st, drawn in sorted(held.items()):
            print(json.dumps({'list': name, 'line': st + 1, 'drawn': drawn + 1}, ensure_ascii=False))


if __name__ == '__main__':
    main()
