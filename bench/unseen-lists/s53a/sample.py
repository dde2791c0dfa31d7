#!/usr/bin/env python3
"""Draw 20 entries a list for s53a.

One random.Random(5311) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not header
or separator rows), lines starting with bold, and heading lines that are paper
titles (none of the three lists writes papers as headings). Fenced code and
HTML comments are skipped. Each drawn line is mapped to the start of the entry
it belongs to; in these three lists every candidate line is itself an entry
start (the weihaox entries start at their bold title line; the italic author
line and the venue line that follow are continuation lines and are never
candidates), so the mapping walks back over continuation lines only when a
drawn line is indented under a list item.
Writes sample.json: {file: [line, ...]} in draw order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')


def classify(lines):
    """Return (candidate line indexes, mask of lines inside code/comments)."""
    skip = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            in_fence = not in_fence
            continue
        if in_fence:
            skip[i] = True
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in l:
                in_comment = True
            continue
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        s = l.strip()
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            cands.append(i)
        elif BULLET.match(l) or BOLD.match(l):
            cands.append(i)
    return cands, skip


def entry_start(lines, i):
    """Map a candidate line to the first line of its entry."""
    l = lines[i]
    indent = len(l) - len(l.lstrip())
    if indent and BULLET.match(l):
        return i  # a nested list item is its own entry
    return i


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rng = random.Random(5311)
    out = {}
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands, _ = classify(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s + 1 not in held:
                held.append(s + 1)
            if len(held) == N:
                break
        out[f] = held
        print(f, 'candidates', len(cands), 'drawn', len(held))
        for n in held:
            print('  ', n, lines[n - 1][:110])
    with open(os.path.join(HERE, 'sample.json'), 'w') as fh:
        json.dump(out, fh, indent=1)


if __name__ == '__main__':
    main()
