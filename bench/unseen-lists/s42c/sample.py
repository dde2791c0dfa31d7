"""Sample 20 candidate entry lines per list with random.Random(4203).

Candidates: list items (bullets -, *, + and numbered 1. / 1) items, any indent),
table body rows (|-rows that are neither a header row nor a separator row), and
lines starting with bold (**). Fenced code and HTML comments are skipped.
A fresh random.Random(4203) is used for each list (lists in sorted file-name order);
rng.sample(candidates, 20), then reported in line order.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')


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
        if BULLET.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append(i)
        elif line.startswith('**'):
            out.append(i)
    return out


def main():
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.README.md'):
            continue
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(4203)
        picked = sorted(rng.sample(cands, 20))
        print('##', name, 'candidates:', len(cands))
        for i in picked:
            print(f'{name}\t{i + 1}\t{lines[i]}')


if __name__ == '__main__':
    main()
