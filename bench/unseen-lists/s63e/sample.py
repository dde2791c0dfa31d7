#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(6351), lists in sorted file-name order.

Candidate lines: list items (bullets -,*,+ and numbered 1. / 1)), table body rows (not the
header row or the separator row), lines starting with bold, and heading lines that are
paper titles (none of the lists here writes papers as headings). Fenced code and HTML
comments are skipped. Each drawn line is mapped to the first line of the entry it belongs
to (a candidate that is an indented continuation of a list item maps to that item); draws
continue until 20 distinct entries are held (fewer if a list has fewer).
"""
import glob, os, random, re, json, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
LIST_RE = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
BOLD_RE = re.compile(r'^\s*(?:\*\*|__)\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP_RE.match(s):
                continue            # separator row
            if SEP_RE.match(nxt.strip()) and nxt.strip().startswith('|'):
                continue            # header row
            out.append(i)
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            out.append(i)
    return out


def entry_start(lines, i):
    """First line of the entry holding line i (0-based)."""
    if LIST_RE.match(lines[i]) or lines[i].strip().startswith('|'):
        return i
    # a bold line indented under a list item is a continuation of that item
    if lines[i].startswith((' ', '\t')):
        j = i - 1
        while j >= 0:
            if LIST_RE.match(lines[j]) and (len(lines[j]) - len(lines[j].lstrip())) < (len(lines[i]) - len(lines[i].lstrip())):
                return j
            if lines[j].strip() and not lines[j].startswith((' ', '\t')):
                break
            j -= 1
    return i


def main():
    rng = random.Random(6351)
    result = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        with open(path, encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == N:
                break
        result[name] = {'candidates': len(cands), 'entries': [s + 1 for s in held]}
        print(f'{name}\tcandidates={len(cands)}\tdrawn={len(held)}')
        for s in held:
            print(f'  {s + 1}\t{lines[s][:110]}')
    with open(os.path.join(HERE, 'sample.json'), 'w') as f:
        json.dump(result, f, indent=1)


if __name__ == '__main__':
    main()
