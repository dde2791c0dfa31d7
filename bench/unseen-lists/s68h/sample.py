#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6881), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (no header/separator rows),
lines starting with bold; fenced code and HTML comments skipped. (None of the three lists
writes papers as headings, so no heading lines are candidates.) Each drawn line is mapped
to the first line of the entry it belongs to: a non-item line indented under a list item
(continuation) maps up to that item.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands, in_fence, in_comment = [], False, False
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            prev_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('|'):
            # header row = first row of a table (followed by a separator); separator rows skipped
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(s):
                prev_table = True
                continue
            if not prev_table and SEP.match(nxt):
                prev_table = True
                continue  # header row
            prev_table = True
            cands.append(i)
            continue
        prev_table = False
        if ITEM.match(ln) or s.startswith('**'):
            cands.append(i)
    return cands


def entry_start(lines, i):
    """A drawn line that is not itself a list item but is indented under one maps up."""
    ln = lines[i]
    if ITEM.match(ln) or ln.strip().startswith('|') or not ln.startswith((' ', '\t')):
        return i
    j = i - 1
    while j >= 0 and lines[j].strip() and not ITEM.match(lines[j]):
        j -= 1
    if j >= 0 and lines[j].strip() and ITEM.match(lines[j]):
        return j
    return i


def main():
    rng = random.Random(6881)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in sorted(held):
            out.append({'list': name, 'line': st + 1, 'text': lines[st]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
