#!/usr/bin/env python3
"""Sample 20 candidate entry lines per README with random.Random(3302).

Candidate lines: list items (bullets -, *, + or numbered "1." / "1)", at any
indent), table body rows (rows after a table's |---| separator row; the header
row and the separator itself are not candidates), and lines that start with
bold (** or __, after optional indentation); thematic breaks such as
****** or --- are not bold lines.  Lines inside fenced code blocks
and inside HTML comments are skipped.

Each list gets its own fresh random.Random(3302); candidates are sampled with
rng.sample(candidates, 20) and reported in file order.
Usage: python3 sample.py  (writes sample.json next to this script)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')
HR = re.compile(r'^\s*([-*_])(\s*\1){2,}\s*$')  # thematic break, e.g. ******
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if HR.match(line):
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    result = []
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3302)
        picked = sorted(rng.sample(cands, 20))
        print(name, 'lines', len(lines), 'candidates', len(cands))
        for ln in picked:
            result.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
