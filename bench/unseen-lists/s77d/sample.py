#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7741), lists in sorted file-name order.

Candidates: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold. None of these three lists writes papers as headings, so no heading
line is a candidate. Fenced code and HTML comments are skipped. A drawn line is mapped to the
start of its entry: in these files every entry starts on a candidate line and its continuation
lines (a broken URL, a "[[paper]()]" on the next line) are not candidates, so a candidate line
maps to itself; the mapping walks back over non-blank non-candidate lines only if a drawn line
were a continuation.
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
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
            if SEP.match(nxt) and nxt.startswith('|'):
                continue  # header row
            out.append(i)
            continue
        if ITEM.match(line) or s.startswith('**'):
            out.append(i)
    return out


def entry_start(lines, i, cands):
    # candidate lines start their own entries in these files
    return i


def main():
    rng = random.Random(7741)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')), key=os.path.basename)
    res = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for i in order:
            st = entry_start(lines, i, set(cands))
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        print(f'{os.path.basename(f)}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in sorted(held):
            res.append({'list': os.path.basename(f), 'line': st + 1, 'raw': lines[st]})
    for r in res:
        print(json.dumps(r, ensure_ascii=False))


if __name__ == '__main__':
    main()
