#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(1607).

Candidates: list items (-, *, + bullets; "1." / "1)" numbered, any indent),
table body rows (rows after a |---| separator), and lines starting with bold
("**" at column 0; an indented bold line is the lazy continuation of the list
item above it, e.g. dl4gps "61. \\[Abbrev]\\n    **Title**, Venue", so it is not
a separate entry). Lines inside fenced code blocks and HTML comments are skipped.
One RNG, lists taken in sorted file-name order, rng.sample(candidates, 20).
Prints JSON lines: list, line number (1-based), text.
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
    in_fence = in_comment = in_table = False
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
        elif raw.startswith('**'):
            out.append(i)
    return lines, out


def main():
    rng = random.Random(1607)
    for name in LISTS:
        lines, cands = candidates(os.path.join(HERE, name))
        chosen = sorted(rng.sample(cands, 20))
        print(f'# {name}: {len(cands)} candidates', file=sys.stderr)
        for ln in chosen:
            print(json.dumps({'list': name, 'line': ln, 'text': lines[ln - 1]}, ensure_ascii=False))


if __name__ == '__main__':
    main()
