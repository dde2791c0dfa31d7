#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6651) over the lists in sorted file-name order."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*(\*\*|__)[^\s*_]')  # not a thematic break like ___ or ***


def lines_of(path):
    with open(path, encoding='utf-8', newline='') as f:
        text = f.read()
    return [l.rstrip('\r') for l in text.split('\n')]


def candidates(lines):
    """Return (candidate line numbers, map line -> entry start line), 1-based."""
    cands, start_of = [], {}
    in_fence = in_comment = False
    cur = None          # start line of the open list item
    prev_table = False  # previous line was a table row
    table_row = 0
    for i, l in enumerate(lines, 1):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence; cur = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if TABLE.match(l):
            table_row = table_row + 1 if prev_table else 1
            prev_table = True
            cur = None
            if table_row == 1 or SEP.match(l):
                continue          # header or separator row
            cands.append(i); start_of[i] = i
            continue
        prev_table = False; table_row = 0
        if not s:
            continue              # a blank line keeps the open item (lazy continuation needs indent)
        if s.startswith('#'):
            cur = None; continue  # headings here are section names, not paper titles
        if ITEM.match(l):
            cur = i
            cands.append(i); start_of[i] = i
            continue
        if BOLD.match(l):
            cur = None
            cands.append(i); start_of[i] = i
            continue
        if cur is not None and (l.startswith('  ') or l.startswith('\t')):
            cands.append(i); start_of[i] = cur   # continuation line of an item
            continue
        cur = None
    return cands, start_of


def main():
    rng = random.Random(6651)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out = []
    for f in files:
        lines = lines_of(os.path.join(HERE, f))
        cands, start_of = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of[ln]
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{f}: {len(cands)} candidate lines, {len(set(start_of.values()))} entries, drew {len(held)}', file=sys.stderr)
        for st in held:
            out.append({'list': f, 'line': st, 'raw': lines[st - 1]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
