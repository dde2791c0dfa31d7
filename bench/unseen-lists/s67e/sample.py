#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6751) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered, and bracket-numbered references like "[64] ..."),
table body rows (not header or separator rows), lines starting with bold (** or <strong>-free ***).
Fenced code, indented code after a blank line and HTML comments are skipped.
Each drawn line is mapped to the start of the entry it belongs to: a candidate is its own start,
except an indented continuation line, which maps back to the list item above it (none occur here).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{0,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
REF = re.compile(r'^\s*\[\d+\]\s+\S')          # "[64] T.-M. H. Hsu, ..." reference lines
BOLD = re.compile(r'^\s*\*\*')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        n, s = i + 1, l.strip()
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
            in_comment = '-->' not in s
            continue
        if s.startswith('|'):
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP.match(nxt) and '-' in nxt:
                continue  # header row
            out.append((n, n))
        elif ITEM.match(l) or REF.match(l) or BOLD.match(l):
            out.append((n, n))
    return out


def main():
    rng = random.Random(6751)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
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
            rows.append({'list': name, 'line': start, 'text': lines[start - 1]})
    for r in rows:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
