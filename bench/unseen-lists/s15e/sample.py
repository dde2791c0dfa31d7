"""Sample 20 candidate entry lines per list with random.Random(1505).

Candidates: list items (-, *, + bullets; '1.' numbered), table body rows
(rows after a |---| separator line, until a blank line), and lines starting
with bold (**). Fenced code blocks and HTML comments are skipped.
A fresh random.Random(1505) is used for each list, lists in SOURCES.tsv order.
"""
import random, re, sys, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = [l.split('\t') for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8').read().splitlines()
         if l and not l.startswith('#')]

SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')

def candidates(lines):
    out = []
    in_code = in_comment = in_table = False
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```'):
            in_code = not in_code
            continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if SEP.match(line) and '-' in s and '|' in s:
            in_table = True
            continue
        if in_table:
            if '|' in s:
                out.append(i)
                continue
            in_table = False
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out

if __name__ == '__main__':
    for repo, path, commit in LISTS:
        fn = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, fn), encoding='utf-8').read().split('\n')
        c = candidates(lines)
        rng = random.Random(1505)
        pick = sorted(rng.sample(c, 20))
        print(f'## {fn}: {len(lines)} lines, {len(c)} candidates')
        for n in pick:
            print(f'{n}\t{lines[n-1]}')
