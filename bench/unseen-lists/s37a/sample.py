"""Sample 20 candidate entry lines per list with random.Random(3701).

Candidate lines: list items (bullets -,*,+ or numbered, at any indent), table body
rows (rows after a header + separator row), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A fresh Random(3701) per list,
lists in SOURCES.tsv order; the 20 sampled line numbers are printed sorted.
"""
import os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out, fence, comment, in_table = [], False, False, False
    for i, line in enumerate(lines, 1):
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
        if SEP.match(line) and '|' in line:
            in_table = True
            continue
        if in_table:
            if s.startswith('|'):
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def main():
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    for repo, *_ in rows:
        name = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        pick = sorted(random.Random(3701).sample(cand, 20))
        print(name, len(cand), 'candidates')
        for n in pick:
            print(f'  {n}: {lines[n-1][:160]}')


if __name__ == '__main__':
    main()
