#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(8171), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold. Fenced code and HTML comments are skipped. (None of the three lists
writes papers as headings.) A drawn line is mapped to the start of the entry it belongs to; an
entry's raw text is its start line plus following lazy-continuation lines (non-blank lines that
are not themselves an item, table row, heading or bold line).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')

def scan(lines):
    """Return (kinds, skip) : kind per line index among item/row/bold/None."""
    n = len(lines); skip = [False]*n
    fence = None; comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if fence:
            skip[i] = True
            if s.startswith(fence): fence = None
            continue
        if s.startswith('```') or s.startswith('~~~'):
            fence = s[:3]; skip[i] = True; continue
        if comment:
            skip[i] = True
            if '-->' in s: comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s: comment = True
            continue
    kinds = [None]*n
    for i, l in enumerate(lines):
        if skip[i]: continue
        s = l.strip()
        if s.startswith('|'):
            if SEP.match(s): continue
            if i+1 < n and SEP.match(lines[i+1].strip()): continue  # header row
            kinds[i] = 'row'
        elif ITEM.match(l):
            kinds[i] = 'item'
        elif s.startswith('**'):
            kinds[i] = 'bold'
    return kinds, skip

def entry_of(i, lines, kinds, skip):
    """Start line index of the entry holding line i, and its raw text."""
    start = i
    if kinds[i] is None:  # continuation line: walk back to the item start
        while start > 0 and kinds[start] is None and lines[start].strip(): start -= 1
    end = start + 1
    if kinds[start] in ('item', 'bold'):
        while end < len(lines) and lines[end].strip() and kinds[end] is None \
                and not skip[end] and not HEAD.match(lines[end]) and not lines[end].strip().startswith('|'):
            end += 1
    return start, '\n'.join(lines[start:end])

def main():
    rng = random.Random(8171)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        kinds, skip = scan(lines)
        cands = [i for i, k in enumerate(kinds) if k]
        order = cands[:]; rng.shuffle(order)
        held = {}
        for i in order:
            if len(held) >= 20: break
            s, raw = entry_of(i, lines, kinds, skip)
            if s not in held: held[s] = raw
        print(f'{name}: {len(cands)} candidates, {len(held)} entries', file=sys.stderr)
        for s in sorted(held):
            out.append({'list': name, 'line': s+1, 'raw': held[s]})
    for o in out: print(json.dumps(o, ensure_ascii=False))

if __name__ == '__main__':
    main()
