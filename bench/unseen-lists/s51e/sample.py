#!/usr/bin/env python3
"""Sample 20 entries a list for the s51e labelling set.

One random.Random(5151) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered), table body rows (not the header
row or the separator row), lines starting with bold. Fenced code and HTML
comments are skipped. (None of the three lists writes papers as headings.)
Each drawn line is mapped to the start of the entry it belongs to: in these
three files every entry is a single line, but an unmarked, indented line that
directly follows a list item would be mapped back to that item.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    """Return (candidate line numbers (1-based), entry-start map)."""
    in_fence = False
    in_comment = False
    skip = [False] * len(lines)
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            skip[i] = True
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = True
            in_fence = not in_fence
            continue
        if in_fence:
            skip[i] = True
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in s:
                in_comment = True
            continue
    cands = []
    start = {}
    cur = None  # start of the current list item
    for i, l in enumerate(lines):
        if skip[i]:
            cur = None
            continue
        s = l.strip()
        ln = i + 1
        if ITEM.match(l):
            cands.append(ln); start[ln] = ln; cur = ln
            continue
        if s.startswith('|'):
            cur = None
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            cands.append(ln); start[ln] = ln
            continue
        if s.startswith('**'):
            cands.append(ln); start[ln] = ln; cur = None
            continue
        if s == '' or s.startswith('#'):
            cur = None
            continue
        if cur is not None and l[:1] in (' ', '\t'):
            cands.append(ln); start[ln] = cur  # continuation of a multi-line item
            continue
        cur = None
    return cands, start


def main():
    rng = random.Random(5151)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8', newline='').read().split('\n')
        cands, start = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            s = start[ln]
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries', file=sys.stderr)
        for s in held:
            out.append({'list': name, 'line': s, 'text': lines[s - 1]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
