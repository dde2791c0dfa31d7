#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2204).

Candidates: list items (bullets -, *, + and numbered 1. / 1), at any indent),
table body rows (| ... | lines that are not the header row or the separator row),
and lines starting with bold (**). Fenced code blocks and HTML comments are skipped.
A fresh random.Random(2204) is used for each list (lists in sorted file-name order).
"""
import glob, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):   # header row
                continue
            out.append(i + 1)
            continue
        if BULLET.match(line) or s.startswith('**') and line.startswith('**'):
            out.append(i + 1)
    return out

def main():
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2204)
        picked = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        print(f'# {name}: {len(cands)} candidates')
        for n in picked:
            print(f'{name}\t{n}\t{lines[n-1]}')

if __name__ == '__main__':
    main()
