"""Sample 20 candidate entry lines per list with random.Random(3606).

Candidates (1-based line numbers):
  * list items: '-', '*', '+' bullets and numbered items ('1.' / '1)'),
    indented by fewer than 2 spaces.  A more deeply indented item directly
    under a list item is a detail line of that entry (e.g. '  - *Key Idea*: ...',
    '  - [Code](...)') and is not a separate candidate;
  * table body rows (rows after a |---| separator line);
  * lines starting with bold ('**' or '__').
Fenced code blocks and HTML comments are skipped.
Paths are relative to this file.  Prints one JSON line per sampled line.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3606
PER_LIST = 20
SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$')
ITEM = re.compile(r'^( {0,1})([-*+]|\d+[.)])\s+\S')
NESTED = re.compile(r'^\s{2,}([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(\*\*|__)\S')


def candidates(lines):
    out = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
            elif in_table:
                out.append(i)
            continue
        in_table = False
        if ITEM.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    lists = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    for name in lists:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
            lines = fh.read().split('\n')
        cands = candidates(lines)
        chosen = sorted(random.Random(SEED).sample(cands, PER_LIST))
        print(name, 'candidates:', len(cands), 'sample:', chosen, file=sys.stderr)
        for n in chosen:
            print(json.dumps({'list': name, 'line': n, 'text': lines[n - 1]},
                             ensure_ascii=False))


if __name__ == '__main__':
    main()
