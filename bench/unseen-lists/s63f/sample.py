#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6361) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, task-list checkboxes), table body rows (not the
header or separator rows), lines starting with bold; fenced code and HTML comments are skipped.
None of the three lists writes papers as headings.  In these three files every entry is a single
line (one-line bullets and table rows), so each drawn line is the start of its own entry.
Writes sample.jsonl (list, line, raw) and prints candidate counts.
"""
import glob, json, os, re, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+')


def candidates(lines):
    n = len(lines)
    skip = [False] * n
    in_fence = in_comment = False
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
        if '<!--' in l:
            skip[i] = True
            if '-->' not in l[l.index('<!--'):]:
                in_comment = True
    header, body = set(), set()
    for i, l in enumerate(lines):
        if skip[i] or '|' not in l or not SEP.match(l):
            continue
        if i > 0 and '|' in lines[i - 1]:
            header.add(i - 1)
        j = i + 1
        while j < n and lines[j].strip() and '|' in lines[j] and not skip[j]:
            body.add(j)
            j += 1
    out = []
    for i, l in enumerate(lines):
        if skip[i] or i in header or ('|' in l and SEP.match(l)):
            continue
        if i in body or ITEM.match(l) or l.lstrip().startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i):
    # every entry in these files is one line
    return i


def main():
    rng = random.Random(6361)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i)
            if s not in held:
                held.append(s)
            if len(held) == 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} drawn')
        for s in held:
            result.append({'list': name, 'line': s + 1, 'raw': lines[s]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in result:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
