#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(6461) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold; no list here writes papers as headings.  Fenced code and HTML
comments are skipped.  Each drawn line is mapped to the start of its entry (a continuation
line -- an indented non-item line right after an item -- belongs to that item).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, in_fence, in_comment = [], False, False
    starts = {}          # line index -> entry start index
    last_item = None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in ln:
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
        if ITEM.match(ln):
            cands.append(i); starts[i] = i; last_item = i
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            prev = lines[i - 1] if i > 0 else ''
            if SEP.match(s):
                continue
            if SEP.match(nxt.strip()) and not prev.strip().startswith('|'):
                continue  # header row
            cands.append(i); starts[i] = i; last_item = None
            continue
        if s.startswith('**'):
            cands.append(i); starts[i] = i; last_item = None
            continue
        if s and last_item is not None and ln[:1] in ' \t':
            starts[i] = last_item   # continuation line (not a candidate itself)
            continue
        if not s:
            continue
        last_item = None
    return cands, starts


def main():
    rng = random.Random(6461)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, starts = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = starts.get(i, i)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn')
        for st in held:
            out.append({'list': name, 'line': st + 1, 'raw': lines[st]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
