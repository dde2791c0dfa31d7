"""Sample 20 candidate entry lines per list with random.Random(4202).

Candidates: list items (bullets -, *, + and numbered N. / N)), table body rows
(rows after a |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped.
Run from anywhere: paths are relative to this file. Writes sample.json.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


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
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    result = {}
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.README.md'):
            continue
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(4202)
        picked = sorted(rng.sample(cands, N))
        result[name] = [{'line': n, 'text': lines[n - 1]} for n in picked]
        print(name, len(lines), 'lines', len(cands), 'candidates')
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
