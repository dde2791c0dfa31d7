#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6761), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(lines):
    """Return list of (lineno, entry_start) for candidate lines."""
    out = []
    in_fence = False
    in_comment = False
    last_item_start = None
    for i, l in enumerate(lines):
        n = i + 1
        s = l.strip()
        if in_comment:
            if '-->' in l:
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
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            out.append((n, n))
            last_item_start = None
            continue
        if ITEM.match(l) or s.startswith('**'):
            out.append((n, n))
            last_item_start = n
            continue
        if s == '' or s.startswith('#'):
            last_item_start = None
            continue
        # indented continuation of a list item belongs to the item
        if last_item_start is not None and l[:1] in (' ', '\t'):
            out.append((n, last_item_start))
    return out


def main():
    rng = random.Random(6761)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for n, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for start in sorted(held):
            result.append({'list': name, 'line': start, 'text': lines[start - 1]})
    for r in result:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
