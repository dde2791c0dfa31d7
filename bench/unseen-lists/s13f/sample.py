#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(13606).

Candidates: list items (-, *, + bullets; "1." / "1)" numbered, any indentation),
table body rows (rows after a |---| separator line), and lines starting with
bold ("**"). Lines inside fenced code blocks (``` or ~~~) and inside HTML
comments are skipped.
One RNG, lists taken in sorted file-name order, rng.sample(candidates, 20).
Prints one JSON object a line: list, line number (1-based), text; the number
of candidates per list goes to stderr.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
FENCE = re.compile(r'^(`{3,}|~{3,})([^`]*)$')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    out = []
    fence = None
    in_comment = False
    in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        m = FENCE.match(s)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not m.group(2).strip():
                fence = None
            continue
        if m:
            fence = m.group(1)
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
    rng = random.Random(13606)
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
