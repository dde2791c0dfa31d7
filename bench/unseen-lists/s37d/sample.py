"""Sample 20 candidate entry lines per list with random.Random(3704).

Candidates: list items (bullets -, *, + and numbered items), table body rows
(rows after a header + separator line), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A fresh Random(3704) is
used for each list, lists taken in sorted file-name order. Prints
list<TAB>line<TAB>text for the sampled lines, sorted by line number.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])(\s|$)')


def candidates(text):
    lines = text.split('\n')
    out = []
    in_fence = False
    in_comment = False
    in_table = False
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
        if SEP.match(line) and '-' in line and i > 0 and '|' in lines[i - 1]:
            in_table = True
            continue
        if in_table:
            if '|' in line and s:
                out.append(i + 1)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i + 1)
    return out


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    for name in names:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        cands = candidates(text)
        rng = random.Random(3704)
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        lines = text.split('\n')
        print('# %s: %d candidates' % (name, len(cands)))
        for n in picked:
            print('%s\t%d\t%s' % (name, n, lines[n - 1]))


if __name__ == '__main__':
    main()
