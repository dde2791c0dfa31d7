#!/usr/bin/env python3
"""Draw 20 entries a list with one random.Random(7361), lists in sorted file-name order."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
REFNUM = re.compile(r'^\[\d+\]\s+\S')          # "[N] Author. Title." reference paragraphs (numbered items)
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []          # (line_no, entry_start)
    in_fence = in_comment = False
    table_hdr_seen = False
    prev_table = False
    entry_start = None
    for i, ln in enumerate(lines, 1):
        s = ln.rstrip('\n')
        if re.match(r'^\s*(```|~~~)', s):
            in_fence = not in_fence; entry_start = None; continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.lstrip().startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if TABLE.match(s):
            if not prev_table:
                table_hdr_seen = False
            prev_table = True
            if SEP.match(s):
                table_hdr_seen = True; continue
            if not table_hdr_seen:
                continue          # header row
            out.append((i, i)); entry_start = None; continue
        prev_table = False
        if s.lstrip().startswith('#'):
            entry_start = None; continue
        if BULLET.match(s) or REFNUM.match(s) or BOLD.match(s):
            if re.match(r'^\s+', s) and entry_start is not None and not BULLET.match(s):
                out.append((i, entry_start)); continue
            entry_start = i
            out.append((i, i)); continue
        if s.strip() == '':
            entry_start = None; continue
        if entry_start is not None and (s.startswith('  ') or s.startswith('\t')):
            out.append((i, entry_start)); continue
        entry_start = None
    return out


def main():
    rng = random.Random(7361)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    result = {}
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        result[f] = {'candidates': len(cands), 'entries': len(set(s for _, s in cands)), 'drawn': held}
        print(f, 'candidates', len(cands), 'drawn', len(held), file=sys.stderr)
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        for ln in result[f]['drawn']:
            print(f'{f}\t{ln}\t{lines[ln-1][:150]}')


if __name__ == '__main__':
    main()
