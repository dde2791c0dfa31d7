#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7541), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header/separator), lines whose
text starts with bold; fenced code and HTML comments skipped. A drawn line is mapped to the start
of the entry it belongs to:
  * zorazrw: a description bullet ("- Survey about ...") holding exactly ONE bold paper line forms
    one entry with it (starts at the bullet); a bullet holding several papers is a group label of
    its own (one-line non-paper entry) and each bold paper line is its own entry.
  * other lists: every candidate is a one-line entry.
Prints JSON lines {list, line, raw} to stdout.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
rng = random.Random(7541)

def candidates(lines):
    out, fence, comment = [], False, False
    for i, l in enumerate(lines):
        s = l.strip()
        if comment:
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            # a line with an info string only opens a fence; inside a fence only a bare run closes it
            if not fence or set(s) <= set('`~'):
                fence = not fence
            continue
        if fence:
            continue
        if re.match(r'^\s*([-*+]|\d+[.)])\s+\S', l):
            out.append(i)
        elif s.startswith('|'):
            if re.match(r'^\|?\s*:?-{2,}', s):
                continue
            # header row: next line is a separator
            if i + 1 < len(lines) and '|' in lines[i + 1] and re.match(r'^\s*\|?\s*:?-{2,}', lines[i + 1]):
                continue
            out.append(i)
        elif s.startswith('**') or s.startswith('__'):
            out.append(i)
    return out

def zorazrw_entries(lines, cands):
    """map line index -> (start, end) of its entry"""
    m = {}
    bullets = [i for i in cands if re.match(r'^\s*-\s', lines[i])]
    for b in bullets:
        papers, j = [], b + 1
        while j < len(lines) and not re.match(r'^\s*-\s', lines[j]) and not lines[j].startswith('#'):
            if '**' in lines[j]:
                papers.append(j)
            j += 1
        if len(papers) == 1:
            m[b] = m[papers[0]] = (b, papers[0])
        else:
            m[b] = (b, b)
            for p in papers:
                m[p] = (p, p)
    for i in cands:
        m.setdefault(i, (i, i))
    return m

for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
    lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
    cands = candidates(lines)
    if name.startswith('zorazrw__'):
        emap = zorazrw_entries(lines, cands)
    else:
        emap = {i: (i, i) for i in cands}
    order = cands[:]
    rng.shuffle(order)
    held = []
    for i in order:
        e = emap[i]
        if e not in held:
            held.append(e)
        if len(held) == N:
            break
    print(f'# {name}: {len(cands)} candidates, {len(set(emap.values()))} entries', file=sys.stderr)
    for s, e in sorted(held):
        print(json.dumps({'list': name, 'line': s + 1, 'raw': '\n'.join(lines[s:e + 1])}, ensure_ascii=False))
