"""Sample 20 candidate entry lines per list with random.Random(4004).

Candidate lines: list items (bullets, numbered items, also "1.【" with no space
after the marker), table body rows (not the header row or the --- separator),
and lines starting with bold. Fenced code blocks and HTML comments are skipped.
Lists are processed in sorted file-name order with one shared Random(4004).
Writes sample.tsv (list, line, text) next to this script.
"""
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]\s|\d+[.)])')
BOLD = re.compile(r'^\s*\*\*')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(path):
    lines = open(path, encoding='utf-8').read().split('\n')
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append((i + 1, line))
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append((i + 1, line))
    return out


def main():
    rng = random.Random(4004)
    rows = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith('.README.md'):
            continue
        cands = candidates(os.path.join(HERE, name))
        picked = sorted(rng.sample(cands, min(20, len(cands))))
        print(name, 'candidates:', len(cands))
        for ln, text in picked:
            rows.append((name, ln, text))
    with open(os.path.join(HERE, 'sample.tsv'), 'w', encoding='utf-8') as f:
        for name, ln, text in rows:
            f.write('%s\t%d\t%s\n' % (name, ln, text.replace('\t', '\\t')))


if __name__ == '__main__':
    main()
