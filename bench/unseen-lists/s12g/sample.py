"""Sample 20 candidate entry lines per list with random.Random(2026120207).

Candidates: list items (bullets -, *, + and numbered 1. / 1)), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.  One Random instance is used
for the lists in sorted file-name order; the sample of each list is printed in
line order as  file<TAB>line<TAB>text.
"""
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')


def candidates(lines):
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
            if '-->' not in s:
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
            out.append(i + 1)
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2026120207)
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        pick = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(f'# {name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for n in pick:
            print(f'{name}\t{n}\t{lines[n-1]}')


if __name__ == '__main__':
    main()
