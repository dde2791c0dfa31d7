#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6721) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s|^\s*<h[1-6]\b', re.I)
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def scan(lines):
    """Return (candidates, entry_start) where entry_start maps a line index to its entry's first line."""
    cands, start_of = [], {}
    in_code = in_comment = False
    cur = None  # index of the current entry's first line
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code; cur = None; continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            cur = None
            continue
        if not s:
            cur = None; prev_table = False; continue
        if HEAD.match(ln):
            cur = None; continue  # headings here are section names, not paper titles
        if s.startswith('|'):
            if TABLE_SEP.match(s) or not prev_table:
                prev_table = True; cur = None; continue  # header or separator row
            cands.append(i); start_of[i] = i; cur = i; continue
        prev_table = False
        if ITEM.match(ln) or s.startswith('**'):
            cands.append(i); start_of[i] = i; cur = i; continue
        if cur is not None:
            start_of[i] = cur  # continuation line (e.g. an author line under a bullet)
    return cands, start_of


def entry_raw(lines, start, start_of):
    j = start + 1
    while j < len(lines) and start_of.get(j) == start:
        j += 1
    return '\n'.join(lines[start:j])


def main():
    rng = random.Random(6721)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = scan(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = start_of[i]
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for st in sorted(held):
            out.append({'list': name, 'line': st + 1, 'raw': entry_raw(lines, st, start_of)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
