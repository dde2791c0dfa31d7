"""Sample 20 candidate entry lines per list with random.Random(3601).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows,
and lines starting with bold (**). A table is a header line followed by a
separator line (`|---|`, `:-: | :-:`); its body rows are the following lines that
contain '|', up to a blank line. Tables with and without a leading '|' both count
(one list here writes `01 | **CVPR** | Title | Links` rows without outer pipes).
Header and separator rows are not candidates. Fenced code blocks and HTML
comments are skipped. Lists are processed in sorted file-name order with one
shared Random instance. Writes sample.json next to this script.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
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
        if not s:
            in_table = False
            continue
        if SEP.match(s):
            in_table = True
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
        if '|' in s and SEP.match(nxt):  # header row
            continue
        if in_table and '|' in s:
            out.append(i + 1)
        elif s.startswith('|'):
            out.append(i + 1)
        elif BULLET.match(line):
            out.append(i + 1)
        elif s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    rng = random.Random(3601)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    result = {}
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        cand = candidates(lines)
        picked = sorted(rng.sample(cand, min(20, len(cand))))
        result[f] = {'candidates': len(cand),
                     'lines': [{'line': n, 'text': lines[n - 1]} for n in picked]}
        print(f, len(cand), picked)
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as fh:
        json.dump(result, fh, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
