"""Sample 20 candidate entry lines per list with random.Random(3607).

Candidates: list items (bullets -,*,+ and numbered N. / N) ), table body rows
(not the header row, not the |---| separator) and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

BULLET = re.compile(r'^\s*[-*+]\s+\S')
NUMBERED = re.compile(r'^\s*\d+[.)]')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_code = False
    in_comment = False
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            # header row = first table row; separator row skipped
            if SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i] if i < len(lines) else ''
            if not prev_table and SEP.match(nxt.strip()):
                prev_table = True
                continue  # header row
            prev_table = True
            out.append(i)
            continue
        prev_table = False
        if BULLET.match(line) or NUMBERED.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3607)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {'candidates': len(cands),
                        'sample': [{'line': n, 'text': lines[n - 1]} for n in picked]}
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    for name, r in result.items():
        print(name, r['candidates'])
        for s in r['sample']:
            print('  %5d  %s' % (s['line'], s['text'][:150]))


if __name__ == '__main__':
    main()
