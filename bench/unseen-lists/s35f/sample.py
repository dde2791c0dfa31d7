"""Sample 20 candidate entries per list with random.Random(3506).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(not the header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3506
N = 20

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


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
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    result = {}
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        result[f] = {'candidates': len(cands), 'lines': picked}
        print(f, len(cands), picked)
    with open(os.path.join(HERE, 'samples.json'), 'w', encoding='utf-8') as fh:
        json.dump(result, fh, indent=1)


if __name__ == '__main__':
    main()
