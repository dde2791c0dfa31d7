#!/usr/bin/env python3
"""Sample 20 entries a list for s58e, with ONE random.Random(5851) over the lists
in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not the header
row, i.e. the row right above a separator, and not separator rows), lines starting
with bold, and heading lines that are papers' titles (none of the three lists writes
papers as headings, so no heading is a candidate). Fenced code and HTML comments are
skipped. Each drawn line is mapped to the first line of the entry it belongs to: a
lazy continuation line (a non-blank, non-candidate line directly under an item, at
the same or deeper indent) belongs to the item above; in these three lists every
candidate line is itself an entry start, so the mapping only matters for the raw
text (the entry's lines = start line plus its continuation lines).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
FENCE = re.compile(r'^\s{0,3}(`{3,}|~{3,})')


def scan(lines):
    """Return (candidates, entry_of) for a list of lines (no newlines)."""
    n = len(lines)
    skip = [False] * n
    in_fence = None
    in_comment = False
    for i, l in enumerate(lines):
        if in_fence:
            skip[i] = True
            m = FENCE.match(l)
            if m and m.group(1)[0] == in_fence[0] and len(m.group(1)) >= len(in_fence):
                in_fence = None
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        m = FENCE.match(l)
        if m:
            in_fence = m.group(1)
            skip[i] = True
            continue
        s = l.strip()
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s[4:]:
                in_comment = True
            continue
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        s = l.strip()
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            if i + 1 < n and SEP.match(lines[i + 1].strip()):
                continue  # header row
            cands.append(i)
        elif ITEM.match(l) or BOLD.match(l):
            cands.append(i)
    cset = set(cands)
    # entry extent: a candidate plus following lazy continuation lines
    extent = {}
    for i in cands:
        j = i + 1
        while j < n and lines[j].strip() and j not in cset and not skip[j] \
                and not lines[j].lstrip().startswith('#') and not lines[j].lstrip().startswith('|'):
            j += 1
        extent[i] = j
    entry_of = {i: i for i in cands}
    return cands, entry_of, extent


def main():
    rng = random.Random(5851)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        cands, entry_of, extent = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            e = entry_of[i]
            if e not in held:
                held.append(e)
            if len(held) == N:
                break
        print(f'{f}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for e in sorted(held):
            raw = '\n'.join(lines[e:extent[e]])
            out.append({'list': f, 'line': e + 1, 'raw': raw})
    for d in out:
        print(json.dumps(d, ensure_ascii=False))


if __name__ == '__main__':
    main()
