#!/usr/bin/env python3
"""Draw up to 20 entries from each saved list with ONE random.Random(5761).

Lists are taken in sorted file-name order.  Candidate lines: list items
(bullets, numbered), table body rows (not header or separator rows), lines
starting with bold.  No list here writes papers as headings, so no heading
is a candidate.  Fenced code and HTML comments are skipped.  Each drawn line
is mapped to the first line of the entry it belongs to; the only multi-line
entries in these files are the bold-title entries of xiaoqiang-lu/Research
(docs/RECS.md), whose `- Paper: ...` / `- Code: ...` bullets directly under
the bold title line are continuation lines of that entry.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*[-*+]\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
FIELD_BULLET = re.compile(r'^\s*[-*+]\s+(Paper|Code|PDF|Project)\s*:', re.I)


def scan(lines):
    """Return (candidate line numbers, skipped-line set), 1-based."""
    skip = set()
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_fence:
            skip.add(i)
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip.add(i)
            in_fence = True
            continue
        if in_comment:
            skip.add(i)
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skip.add(i)
            if '-->' not in s:
                in_comment = True
            continue
    cands = []
    for i, ln in enumerate(lines, 1):
        if i in skip:
            continue
        s = ln.strip()
        if not s:
            continue
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if TABLE_SEP.match(nxt):  # header row
                continue
            cands.append(i)
        elif BULLET.match(ln) or NUMBERED.match(ln) or BOLD.match(ln):
            cands.append(i)
    return cands, skip


def entry_start(lines, i):
    """Map line i (1-based) to the first line of its entry."""
    if FIELD_BULLET.match(lines[i - 1]):
        j = i - 1
        while j >= 1 and lines[j - 1].strip() and FIELD_BULLET.match(lines[j - 1]):
            j -= 1
        if j >= 1 and lines[j - 1].strip() and BOLD.match(lines[j - 1]):
            return j
    return i


def main():
    rng = random.Random(5761)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    stats = {}
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, _ = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        entries = sorted({entry_start(lines, i) for i in cands})
        stats[name] = {'candidate_lines': len(cands), 'entries': len(entries),
                       'drawn': len(held)}
        for st in held:
            out.append({'list': name, 'line': st})
    json.dump(out, sys.stdout, indent=0)
    print()
    print(json.dumps(stats, indent=1), file=sys.stderr)


if __name__ == '__main__':
    main()
