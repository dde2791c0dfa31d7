#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7331), lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows (not header or separator rows),
lines starting with bold. No list here writes papers as headings (checked by eye), so headings are not candidates.
Fenced code and HTML comments are skipped. A candidate is mapped to the start of the entry it
belongs to: a bold line or bullet is its own start (every entry in these three lists is one line, so
no line is a continuation).
"""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')


def candidates(lines):
    out = []
    in_fence = in_comment = False
    for i, line in enumerate(lines, 1):
        s = line
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
        if not s.strip() or s.lstrip().startswith('#') or s.lstrip().startswith('>'):
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
    rng = random.Random(7331)
    result = []
    for f in files:
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
        name = os.path.basename(f)
        result.append({'list': name, 'candidates': len(cands), 'drawn': sorted(held)})
        for start in sorted(held):
            print(f'{name}\t{start}\t{lines[start-1][:160]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
