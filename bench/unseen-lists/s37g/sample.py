"""Draw 20 candidate entry lines from each saved list with random.Random(3707).

Candidate lines: list items (bullets -, *, + and numbered items "1." / "1)"),
table body rows (rows that follow a header row and its separator row), and
lines that start with bold (**). Lines inside fenced code blocks and HTML
comments are skipped. Each list gets a fresh random.Random(3707); lists are
taken in sorted file-name order. Output: list<TAB>line<TAB>text, by line.
Run from anywhere: paths are relative to this file.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 3707
PER_LIST = 20
SEPARATOR = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
LIST_ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')


def candidate_lines(text):
    lines = text.split('\n')
    found = []
    fence = False
    comment = False
    table = False
    for idx, line in enumerate(lines):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            fence = not fence
            continue
        if fence:
            continue
        if comment:
            if '-->' in line:
                comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                comment = True
            continue
        if SEPARATOR.match(line) and idx > 0 and '|' in lines[idx - 1]:
            table = True
            continue
        if table:
            if s and '|' in line:
                found.append(idx + 1)
                continue
            table = False
        if LIST_ITEM.match(line) or s.startswith('**'):
            found.append(idx + 1)
    return found


def main():
    names = sorted(n for n in os.listdir(HERE) if n.endswith('.README.md'))
    for name in names:
        with open(os.path.join(HERE, name), encoding='utf-8') as fh:
            text = fh.read()
        cands = candidate_lines(text)
        rng = random.Random(SEED)
        picked = sorted(rng.sample(cands, min(PER_LIST, len(cands))))
        lines = text.split('\n')
        print('# %s: %d candidate lines' % (name, len(cands)))
        for n in picked:
            print('%s\t%d\t%s' % (name, n, lines[n - 1]))


if __name__ == '__main__':
    main()
