"""Sample 20 candidate entry lines per list with random.Random(4007).

Candidates: list items (bullets -,*,+ and numbered items, at any indent), table body
rows (not the header row or the |---| separator), and lines starting with bold (**).
Lines inside fenced code blocks and HTML comments are skipped.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 4007

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
            if SEP.match(nxt):
                continue  # header row
            out.append(i + 1)
            continue
        if BULLET.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    result = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        print(f, 'candidates:', len(cands))
        for ln in picked:
            result.append({'list': f, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
