#!/usr/bin/env python3
"""Sample 20 entries a list with one random.Random(5361) over the lists in sorted file-name order."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^(\s*)([-+*]|\d+[.)])\s+')

def scan(lines):
    """Return (candidates, start_of) where start_of maps a candidate index to its entry start index."""
    n = len(lines)
    skip = [False] * n
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            skip[i] = True
            if '-->' in l:
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
    # tables
    table_header = set(); table_sep = set(); table_body = set()
    for i, l in enumerate(lines):
        if skip[i] or not SEP.match(l) or '-' not in l or '|' not in l:
            continue
        if i > 0 and '|' in lines[i - 1]:
            table_sep.add(i); table_header.add(i - 1)
            j = i + 1
            while j < n and lines[j].strip() and '|' in lines[j] and not skip[j]:
                table_body.add(j); j += 1
    cands = []
    start_of = {}
    item_start = None  # start of the current list item (for lazy continuation lines)
    for i, l in enumerate(lines):
        if skip[i]:
            item_start = None
            continue
        s = l.strip()
        if not s:
            item_start = None if (i + 1 >= n or not lines[i + 1].startswith('   ')) else item_start
            continue
        if s.startswith('#'):
            item_start = None
            continue
        if i in table_body:
            cands.append(i); start_of[i] = i
            continue
        if i in table_header or i in table_sep:
            continue
        if ITEM.match(l):
            cands.append(i); start_of[i] = i; item_start = i
            continue
        if s.startswith('**'):
            cands.append(i)
            start_of[i] = item_start if item_start is not None else i
            continue
    return cands, start_of

def main():
    rng = random.Random(5361)
    out = []
    stats = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            st = start_of[c]
            if st not in held:
                held.append(st)
            if len(held) >= 20:
                break
        stats[name] = len(cands)
        for st in held:
            out.append({'list': name, 'line': st + 1, 'text': lines[st]})
    json.dump(out, open(os.path.join(HERE, 'samples.json'), 'w'), ensure_ascii=False, indent=1)
    for k, v in stats.items():
        print(k, 'candidates', v)
    print(len(out), 'entries drawn')

if __name__ == '__main__':
    main()
