#!/usr/bin/env python3
"""Draw 20 entries a list for s54c.

One random.Random(5431) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets, numbered; numbered lines written without a
space after the number, like pprp's "1.SparseGPT: ...", are counted as numbered
items too), table body rows (not header rows, i.e. the row(s) right above a
separator row, and not separator rows), lines starting with bold, and heading
lines that are paper titles (none of the three lists writes papers as
headings). Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to: a nested list
item (a field bullet such as "- Author: ..." or "- Publication: ...", or a
nested table-of-contents item) belongs to the nearest list item above it with a
smaller indent; every other candidate starts its own entry.
Writes sample.json: {file: [line, ...]} in draw order (1-based lines).
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEED = 5431

BULLET = re.compile(r'^\s*([-*+]|\d+[.)])(\s+\S|\s*$)')
NUMBERED_NOSPACE = re.compile(r'^\d+\.\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*\S')


def indent_of(line):
    exp = line.expandtabs(4)
    return len(exp) - len(exp.lstrip())


def is_item(line):
    return bool(BULLET.match(line) or NUMBERED_NOSPACE.match(line))


def classify(lines):
    skip = [False] * len(lines)
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
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in l:
                in_comment = True
    header = [False] * len(lines)
    for i, l in enumerate(lines):
        if SEP.match(l.strip()) and '-' in l and l.strip().startswith('|'):
            j = i - 1
            while j >= 0 and lines[j].strip():   # header row, possibly broken over lines
                header[j] = True
                if lines[j].strip().startswith('|') and lines[j].startswith('|'):
                    break
                j -= 1
    cands = []
    for i, l in enumerate(lines):
        if skip[i]:
            continue
        s = l.strip()
        if s.startswith('|'):
            if SEP.match(s) or header[i]:
                continue
            cands.append(i)
        elif is_item(l) or BOLD.match(l):
            cands.append(i)
    return cands


def entry_start(lines, i):
    """0-based index of the first line of the entry that line i belongs to."""
    l = lines[i]
    if not is_item(l) or indent_of(l) == 0:
        return i
    ind = indent_of(l)
    j = i - 1
    while j >= 0:
        lj = lines[j]
        if lj.strip() and is_item(lj) and indent_of(lj) < ind:
            if indent_of(lj) == 0:
                return j
            ind = indent_of(lj)
        elif lj.strip() and indent_of(lj) == 0 and not is_item(lj):
            return i  # no parent item: the line is its own entry
        j -= 1
    return i


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rng = random.Random(SEED)
    out = {}
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
        cands = classify(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            s = entry_start(lines, i) + 1
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        out[f] = held
        print(f, 'candidates', len(cands), 'drawn', len(held))
        for n in held:
            print('  ', n, lines[n - 1][:120])
    with open(os.path.join(HERE, 'sample.json'), 'w') as fh:
        json.dump(out, fh, indent=1)


if __name__ == '__main__':
    main()
