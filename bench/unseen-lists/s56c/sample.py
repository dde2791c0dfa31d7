"""Sample 20 entries a list for s56c with ONE random.Random(5631) over the lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows) and lines
starting with bold; fenced code and HTML comments are skipped. None of the three lists writes papers
as headings, so no heading lines are candidates. Each drawn line is mapped to the start of its entry
(a continuation line belongs to the list item above it); the walk goes on until 20 distinct entries
are held.
"""
import glob
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 5631
PER_LIST = 20

ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def classify(lines):
    """Return (candidates, start_of) where start_of maps a line number to its entry's first line."""
    n = len(lines)
    skip = [False] * n
    in_fence = False
    in_comment = False
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
    cands = []
    start_of = {}
    i = 0
    while i < n:
        l = lines[i]
        if skip[i]:
            i += 1
            continue
        if l.lstrip().startswith('|'):
            j = i
            while j < n and not skip[j] and lines[j].lstrip().startswith('|'):
                j += 1
            for k in range(i, j):
                if k == i or SEP.match(lines[k]):
                    continue  # header or separator row
                cands.append(k + 1)
                start_of[k + 1] = k + 1
            i = j
            continue
        if ITEM.match(l) or l.startswith('**') or l.startswith('__'):
            cands.append(i + 1)
            start_of[i + 1] = i + 1
            # continuation lines (indented, not themselves list items) belong to this entry
            indent = len(l) - len(l.lstrip())
            j = i + 1
            while j < n and lines[j].strip() and not skip[j] and not ITEM.match(lines[j]) \
                    and (len(lines[j]) - len(lines[j].lstrip())) > indent and ITEM.match(l):
                start_of[j + 1] = i + 1
                j += 1
            i += 1
            continue
        i += 1
    return cands, start_of


def entry_raw(lines, start, start_of):
    out = [lines[start - 1]]
    k = start + 1
    while start_of.get(k) == start and k != start:
        out.append(lines[k - 1])
        k += 1
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for name in files:
        text = open(os.path.join(HERE, name), encoding='utf-8').read()
        lines = text.split('\n')
        cands, start_of = classify(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of.get(ln, ln)
            if st not in held:
                held.append(st)
            if len(held) == PER_LIST:
                break
        print(f'# {name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn')
        for st in sorted(held):
            result.append({'list': name, 'line': st, 'raw': entry_raw(lines, st, start_of)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in result:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
