#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2603) (a fresh RNG per list,
lists in sorted file-name order). Candidate lines: list items (bullets -,*,+ or numbered N. / N)),
table body rows (not the header row or the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped."""
import glob, os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i + 1)
        elif BULLET.match(line):
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out

def main():
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(2603)
        picked = sorted(rng.sample(cands, 20))
        res[name] = picked
        print(f'# {name}: {len(lines)} lines, {len(cands)} candidates', file=sys.stderr)
        for n in picked:
            print(f'{name}\t{n}\t{lines[n-1]}')
    return res

if __name__ == '__main__':
    main()
