#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(1407).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(not the header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A fresh Random(1407) per list,
lists in SOURCES.tsv order.
"""
import random, re, sys, os, json

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if BULLET.match(line):
            out.append(i + 1); continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i + 1); continue
        if s.startswith('**') and line.startswith('**'):
            out.append(i + 1); continue
    return out

def main():
    srcs = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    result = {}
    for repo, path, commit in srcs:
        name = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(1407)
        pick = sorted(rng.sample(cands, 20))
        result[name] = pick
        print(name, 'candidates=%d' % len(cands), 'sample=', pick)
        for n in pick:
            print('  %4d  %s' % (n, lines[n - 1][:160]))
    json.dump(result, open('/tmp/s14g-work/sample.json', 'w'), indent=1)

if __name__ == '__main__':
    main()
