#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(6841), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or
separator rows), lines starting with bold, and paper-title headings (none of the
three lists writes papers as headings).  Fenced code and HTML comments are skipped.
A drawn line is mapped to the first line of the entry it belongs to: a line that
is not itself a list item / row / bold line is a continuation and belongs to the
closest candidate above it (in these three files every candidate already starts
its entry, since continuation lines like '*Author et al.*<br>' or 'paper: ...' are
not list items).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__)\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt):          # header row
                continue
            out.append(i + 1)
        elif re.match(r'^\s*([-*_])(\s*\1){2,}\s*$', l):   # thematic break
            continue
        elif ITEM.match(l):
            out.append(i + 1)
        elif BOLD.match(l):
            out.append(i + 1)
    return out


def entry_start(n, cands):
    # the candidate itself starts its entry (see docstring)
    return max(c for c in cands if c <= n)


def main():
    rng = random.Random(6841)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    result = {}
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            s = entry_start(n, cands)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        name = os.path.basename(f)
        result[name] = {'candidates': len(cands), 'drawn': held}
        print(name, 'candidates', len(cands), 'drawn', held)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)


if __name__ == '__main__':
    main()
