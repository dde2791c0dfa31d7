"""Sample 20 candidate entry lines per list with random.Random(3708).

Candidates: list items (bullets -,*,+ and numbered items, any indent), table body
rows (not the header row, not the |---| separator), and lines starting with bold
(** or __). Lines inside fenced code blocks and HTML comments are skipped.
Paths are relative to this file.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
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
            if SEP.match(s.replace('|', '', 1)) or re.match(r'^\|[\s:|-]+\|?$', s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if re.match(r'^\|?[\s:|-]+\|?$', nxt) and '-' in nxt:
                continue  # header row
            out.append(i + 1)
        elif ITEM.match(line) or BOLD.match(line):
            out.append(i + 1)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3708)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        result[name] = {'candidates': len(cands), 'sample': picked}
        print(name, len(cands), picked, file=sys.stderr)
        for n in picked:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]}, ensure_ascii=False))
    return result


if __name__ == '__main__':
    main()
