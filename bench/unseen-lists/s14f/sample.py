#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(1406).

Candidates: list items (bullets -,*,+ or numbered, any indent), table body rows
(not the header row nor the |---| separator), and lines starting with bold (**).
Fenced code blocks and HTML comments are skipped. A fresh Random(1406) per list,
lists in SOURCES.tsv order: rng.sample(candidates, 20).

A sampled line is mapped to the entry it belongs to (entry_start). In
TimeLovercc's list an entry is a title bullet, then indented [[pdf]]/[[code]]
lines, then an indented author bullet; that author bullet is a candidate line but
belongs to the title bullet above it. When two sampled lines fall in the same entry,
the duplicate is replaced by drawing further candidates with the same rng
(rng.choice over the candidates not yet used) until the list has 20 distinct entries.
Prints the sampled entry-start lines.
"""
import random, re, os

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')

def candidates(lines):
    out = []
    in_fence = in_comment = False
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
            if nxt.startswith('|') and SEP.match(nxt):
                continue  # header row
            out.append(i + 1); continue
        if line.startswith('**'):
            out.append(i + 1); continue
    return out

def entry_start(lines, n):
    """1-based start line of the entry containing candidate line n."""
    i = n - 1
    if re.match(r'^ {2,}- ', lines[i]) and i > 0 and lines[i - 1].lstrip().startswith('[['):
        j = i - 1
        while j > 0 and not lines[j].startswith('- '):
            j -= 1
        return j + 1
    return n

def main():
    srcs = [l.rstrip('\n').split('\t') for l in open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8')
            if l.strip() and not l.startswith('#')]
    for repo, path, commit in srcs:
        name = repo.replace('/', '__') + '.README.md'
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng = random.Random(1406)
        first = rng.sample(cands, 20)
        starts, used = [], set(first)
        for n in first:
            s = entry_start(lines, n)
            if s not in starts:
                starts.append(s)
        while len(starts) < 20:
            n = rng.choice([c for c in cands if c not in used])
            used.add(n)
            s = entry_start(lines, n)
            if s not in starts:
                starts.append(s)
        pick = sorted(starts)
        print(name, 'candidates=%d' % len(cands), 'sampled lines=', sorted(first), 'entries=', pick)
        for n in pick:
            print('  %4d  %s' % (n, lines[n - 1][:200]))

if __name__ == '__main__':
    main()
