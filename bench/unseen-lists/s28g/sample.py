#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(2807).

Candidates: list items (-, *, + bullets and numbered items "1." / "1)", any indent),
table body rows (rows starting with '|' after a |---| separator line; header and separator
rows are not candidates), and lines starting with bold (**). Lines inside fenced code blocks
(``` or ~~~) and inside HTML comments are skipped.
One Random instance for all lists, taken in sorted file-name order; rng.sample(candidates, 20).
Prints one JSON object per sampled line: list, line (1-based), text.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
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
            if re.match(r'^\|?\s*:?-{3,}', s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if re.match(r'^([-*+]|\d+[.)])\s+\S', s):
            out.append(i)
        elif s.startswith('**'):
            out.append(i)
    return lines, out


def main():
    rng = random.Random(2807)
    picked = []
    for name in LISTS:
        lines, cands = candidates(os.path.join(HERE, name))
        chosen = sorted(rng.sample(cands, 20))
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for ln in chosen:
            picked.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
