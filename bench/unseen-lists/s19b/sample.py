#!/usr/bin/env python3
"""Sample 20 candidate entry lines from each saved list (s19b).

Candidates: list items (bullets '-', '*', '+' followed by a space, or numbered
'N.' / 'N)' followed by a space; indented ones too), table body rows (a line
starting with '|' that is neither a header row, i.e. the row just above a
'| - |' / '|---|' separator, nor the separator itself), and lines starting
with bold ('**' or '__').  Lines inside fenced code blocks (``` or ~~~) and
inside HTML comments (<!-- ... -->) are skipped.

A fresh random.Random(1908) is used for each list (lists in sorted file-name
order); rng.sample(candidates, 20), then printed in line order.
Output: one TSV line per sampled candidate: list, line (1-based), text.
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if not s:
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            out.append((i + 1, line))
            continue
        if BULLET.match(line) or s.startswith('**') or s.startswith('__'):
            out.append((i + 1, line))
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for f in files:
        cands = candidates(f)
        rng = random.Random(1908)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(f)
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for ln, text in picked:
            print(f'{name}\t{ln}\t{text}')


if __name__ == '__main__':
    main()
