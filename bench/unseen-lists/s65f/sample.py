"""Draw 20 entries a list with ONE random.Random(6561), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows, lines starting with bold.
Fenced code and HTML comments are skipped. A nested bullet that sits inside a parent
list item (deeper indent, same block) maps to the parent's line. Output: JSON lines
with list, line (1-based) and raw (the entry's lines: the start line plus continuation
lines that are neither blank nor new candidates/headings).
"""
import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')


def scan(lines):
    """Return (candidates, kinds): kinds[i] in {'item','table','bold',None,'skip'}."""
    kinds = [None] * len(lines)
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_fence:
            kinds[i] = 'skip'
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            kinds[i] = 'skip'
            continue
        if in_comment:
            kinds[i] = 'skip'
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            kinds[i] = 'skip'
            if '-->' not in ln:
                in_comment = True
            continue
        if ITEM.match(ln):
            kinds[i] = 'item'
        elif TABLE.match(ln):
            kinds[i] = 'table'
        elif BOLD.match(ln):
            kinds[i] = 'bold'
    # table body rows: drop header rows (followed by separator) and separators
    for i, ln in enumerate(lines):
        if kinds[i] == 'table':
            if SEP.match(ln):
                kinds[i] = None
            elif i + 1 < len(lines) and SEP.match(lines[i + 1]):
                kinds[i] = None
    return kinds


def entry_start(lines, kinds, i):
    """Map a nested bullet to its parent list item within the same block."""
    if kinds[i] != 'item':
        return i
    ind = len(ITEM.match(lines[i]).group(1))
    j = i - 1
    while j >= 0 and lines[j].strip():
        if kinds[j] == 'item':
            pind = len(ITEM.match(lines[j]).group(1))
            if pind < ind:
                return entry_start(lines, kinds, j)
            if pind <= ind:
                return i
        elif not lines[j].startswith(' '):
            return i
        j -= 1
    return i


def entry_raw(lines, kinds, start):
    out = [lines[start]]
    ind = len(ITEM.match(lines[start]).group(1)) if kinds[start] == 'item' else -1
    k = start + 1
    while k < len(lines) and lines[k].strip():
        if HEAD.match(lines[k]) or kinds[k] == 'skip':
            break
        if kinds[k] in ('item', 'table', 'bold'):
            if kinds[k] == 'item' and len(ITEM.match(lines[k]).group(1)) > ind >= 0:
                out.append(lines[k])  # nested detail bullet belongs to the entry
                k += 1
                continue
            break
        out.append(lines[k])
        k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(6561)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        kinds = scan(lines)
        cands = [i for i, k in enumerate(kinds) if k in ('item', 'table', 'bold')]
        print(f'# {name}: {len(cands)} candidate lines', file=sys.stderr)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, kinds, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        for s in held:
            print(json.dumps({'list': name, 'line': s + 1,
                              'raw': entry_raw(lines, kinds, s)}, ensure_ascii=False))


if __name__ == '__main__':
    main()
