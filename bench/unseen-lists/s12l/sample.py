"""Sample 20 candidate entry lines per list with random.Random(2026120212).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the
header row, not the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Lists are processed in
sorted file-name order with one shared RNG; rng.sample(candidates, 20).
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')

def candidates(path):
    lines = open(path, encoding='utf-8', newline='').read().splitlines()
    out, fence, comment = [], False, False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in s:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(ln) or s.startswith('**'):
            out.append(i + 1)
    return lines, out

def main():
    rng = random.Random(2026120212)
    res = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        lines, cands = candidates(path)
        pick = sorted(rng.sample(cands, 20))
        name = os.path.basename(path)
        res[name] = pick
        print(f'{name}: {len(cands)} candidates', file=sys.stderr)
        for n in pick:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False))

if __name__ == '__main__':
    main()
