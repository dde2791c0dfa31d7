#!/usr/bin/env python3
"""Draw 20 entries a list for s54h (adversarial attacks and defenses).

One random.Random(5481) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets -,*,+ and numbered items), table body
rows (not header or separator rows), lines starting with bold, and heading
lines that are paper titles (none of the three lists writes papers as
headings). Fenced code and HTML comments are skipped.

For each list the candidates are shuffled and walked; every drawn line is
mapped to the first line of the entry it belongs to, until 20 distinct entries
are held. Entry starts: a list item (bullet or numbered) starts an entry,
including nested items (TOC sub-items). The lines that follow a list item up
to the next list item, heading or end of the item (italic author lines
`*Name, Name*.`, `Name, Name` author lines, `[[Paper](...)]` / `[[Code](...)]`
link lines, with or without blank lines between them, as in
Event-AHU's ECCV block) are continuation lines. They are not candidates in
these files, but entry_start() walks back over them anyway.

Files are read in text mode, so the CRLF endings of weihui1308__PAA.README.md
(kept as read_file gave them) do not change line numbers.
Writes sample.json: {file: [line, ...]} in draw order, and prints the draws.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5481

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s+|$)')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
HEADING = re.compile(r'^\s{0,3}#{1,6}(\s|$)')


def skipped(lines):
    """Mask of lines inside fenced code or HTML comments."""
    skip = [False] * len(lines)
    in_fence = in_comment = False
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
    return skip


def candidates(lines, skip):
    out = []
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
            out.append(i)
        elif ITEM.match(l) or BOLD.match(l):
            out.append(i)
    return out


def entry_start(lines, i):
    """Walk back from a drawn line to the first line of its entry."""
    if ITEM.match(lines[i]) or lines[i].strip().startswith('|'):
        return i
    j = i
    while j > 0:
        j -= 1
        if HEADING.match(lines[j]):
            return i  # no list item above inside this section: own entry
        if ITEM.match(lines[j]):
            return j
    return i


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rng = random.Random(SEED)
    out = {}
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        skip = skipped(lines)
        cands = candidates(lines, skip)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i) + 1
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        out[f] = held
        print(f, 'candidates', len(cands), 'drawn', len(held))
        for n in held:
            print('  ', n, lines[n - 1][:120])
    with open(os.path.join(HERE, 'sample.json'), 'w') as fh:
        json.dump(out, fh, indent=1)


if __name__ == '__main__':
    main()
