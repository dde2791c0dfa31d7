"""Sample 20 candidate entries a list with random.Random(2503).

Candidates: list items (bullets -, *, + and numbered items, at any indent), table body
rows (lines starting with | after the header and separator rows), and lines starting
with bold (**...), also when only a decorative emoji (e.g. the fire emoji) comes first.
Fenced code blocks and HTML comments are skipped.
Output: one JSON object a line (list, line) on stdout, lists in sorted file-name order.
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:[^\x00-\x7f\w]{1,3})?\*\*\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in s:
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
        if BULLET.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(2503)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        name = os.path.basename(path)
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for ln in picked:
            print(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False))


if __name__ == '__main__':
    main()
