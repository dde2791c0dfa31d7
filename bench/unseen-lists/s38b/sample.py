"""Sample 20 candidate entry lines per list with random.Random(3802).

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code blocks and HTML comments are skipped. Paths are relative to this file.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])(?:\s|$)')
BOLD = re.compile(r'^\s*\*\*')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-*:?\s*)*\|?\s*$')
FENCE = re.compile(r'^\s*(```|~~~)')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, line in enumerate(lines):
        n = i + 1
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        s = line.strip()
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if in_table:
            if s == '' or '|' not in line:
                in_table = False
            else:
                out.append(n)
                continue
        # a table starts at a header row followed by a delimiter row
        if '|' in line and i + 1 < len(lines) and '|' in lines[i + 1] and '-' in lines[i + 1] \
                and DELIM.match(lines[i + 1]):
            in_table = True
            continue
        if '|' in line and DELIM.match(line) and '-' in line:
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(n)
    return out


def main():
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        rng = random.Random(3802)
        picked = sorted(rng.sample(cands, 20))
        result[name] = {'candidates': len(cands), 'lines': picked}
        print(name, len(cands), picked)
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
