"""Sample 20 candidate entry lines per list with random.Random(13202).

Candidates: list items (-, *, + bullets, numbered "1." / "1)"), table body rows
(not the header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Lists are processed in sorted
file-name order with one shared RNG.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')

def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if fence:
            if s.startswith('```') or s.startswith('~~~'):
                fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = True
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if BULLET.match(ln):
            out.append(i + 1); continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i + 1); continue
        if s.startswith('**'):
            out.append(i + 1)
    return out, lines

def main():
    rng = random.Random(13202)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    res = []
    for f in files:
        cand, lines = candidates(f)
        pick = sorted(rng.sample(cand, 20))
        print(f'{os.path.basename(f)}: {len(cand)} candidates', file=sys.stderr)
        for n in pick:
            res.append({'list': os.path.basename(f), 'line': n, 'text': lines[n - 1]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))

if __name__ == '__main__':
    main()
