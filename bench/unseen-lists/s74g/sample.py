#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7471), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows) and
lines starting with bold. None of the three lists writes papers as headings, so no heading is a
candidate. Fenced code and HTML comments are skipped. Each drawn line is mapped to the start of the
entry it belongs to: every candidate here is itself an entry's first line (continuation lines such
as the "[**CodeXGLUE**...](...)" line in lvyufeng or the "> " Chinese notes in the Natural Code
Reading List are not candidates and belong to the bullet above them).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')
HEADING = re.compile(r'^(#{1,6})\s')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, s in enumerate(lines, 1):
        if FENCE.match(s):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.strip().startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if HEADING.match(s) or not s.strip() or s.lstrip().startswith('>'):
            continue
        if LIST_ITEM.match(s):
            out.append((i, i))
        elif TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if TABLE_SEP.match(nxt):      # header row
                continue
            out.append((i, i))
        elif BOLD_START.match(s):
            out.append((i, i))
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7471)
    result = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        entries = len(set(s for _, s in cands))
        result.append({'list': name, 'lines': len(lines), 'chars': sum(len(l) for l in lines) + len(lines) - 1,
                       'candidates': len(cands), 'entries': entries, 'drawn': sorted(held)})
        for start in sorted(held):
            print(f'{name}\t{start}\t{lines[start-1]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'lines', r['lines'], 'chars', r['chars'], 'candidate lines', r['candidates'],
              'entries', r['entries'], 'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
