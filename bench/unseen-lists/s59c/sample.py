#!/usr/bin/env python3
"""Sample 20 entries a list for s59c.

One random.Random(5931) over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the
header or separator row), lines starting with bold (also after a leading
emoji or :shortcode: decoration such as ":boom:**SAM-DAQ:**"), and heading
lines that are paper titles (none of the three lists writes papers as
headings). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to (a
continuation line of a multi-line entry belongs to the entry's first line);
draws continue until 20 distinct entries are held.
Prints: list, entry start line, the raw entry.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5931
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
DECOR = r'(?::[a-z_0-9+-]+:|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F])*'
BOLD = re.compile(r'^\s*' + DECOR + r'\s*(\*\*[^\s*]|__[^\s_])')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')
FENCE = re.compile(r'^\s*(```|~~~)')


def masks(lines):
    """True for lines inside fenced code or HTML comments (or fence lines)."""
    skip = [False] * len(lines)
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        if in_fence:
            skip[i] = True
            if FENCE.match(l):
                in_fence = False
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if FENCE.match(l):
            skip[i] = True
            in_fence = True
            continue
        s = l.strip()
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
    return skip


def candidates(lines, skip):
    cands = []
    for i, l in enumerate(lines):
        if skip[i] or not l.strip():
            continue
        if TABLE.match(l):
            if SEP.match(l):
                continue
            # header row: the row right before a separator row
            if i + 1 < len(lines) and SEP.match(lines[i + 1]):
                continue
            cands.append(i)
        elif BULLET.match(l) or BOLD.match(l):
            cands.append(i)
    return cands


def entry_of(i, lines, cand_set):
    """Start of the entry that line i belongs to, and the entry's last line.

    A continuation line (not itself a candidate, not a heading, not blank)
    belongs to the closest candidate above it with no blank line between.
    """
    start = i
    while start not in cand_set and start > 0 and lines[start - 1].strip() \
            and not HEADING.match(lines[start - 1]):
        start -= 1
    end = start
    while end + 1 < len(lines) and lines[end + 1].strip() \
            and (end + 1) not in cand_set and not HEADING.match(lines[end + 1]) \
            and not TABLE.match(lines[end + 1]):
        end += 1
    return start, end


def main():
    rng = random.Random(SEED)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            text = f.read()
        lines = text.split('\n')
        lines = [l[:-1] if l.endswith('\r') else l for l in lines]
        skip = masks(lines)
        cands = candidates(lines, skip)
        cand_set = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        draws = 0
        for i in order:
            draws += 1
            s, e = entry_of(i, lines, cand_set)
            if s not in held:
                held[s] = e
            if len(held) >= N:
                break
        print(f'# {name}: {len(cands)} candidate lines, {draws} draws, '
              f'{len(held)} entries', file=sys.stderr)
        for s in sorted(held):
            e = held[s]
            out.append({'list': name, 'line': s + 1,
                        'raw': '\n'.join(lines[s:e + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
