#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7111), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')


def candidates(lines):
    """Return list of (line_no, entry_start) for candidate lines (1-based)."""
    out = []
    in_fence = False
    in_comment = False
    entry_start = None          # start of the list item the current line belongs to
    prev_table = False
    for i, line in enumerate(lines, 1):
        s = line.rstrip('\n')
        if FENCE.match(s):
            in_fence = not in_fence
            entry_start = None
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
        if not s.strip():
            entry_start = None
            prev_table = False
            continue
        if LIST_ITEM.match(s):
            entry_start = i
            out.append((i, i))
            continue
        if TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            # header row = a row followed by a separator row
            nxt = lines[i].rstrip('\n') if i < len(lines) else ''
            if not TABLE_SEP.match(nxt):
                out.append((i, i))
            prev_table = True
            continue
        if s.lstrip().startswith('#'):
            entry_start = None   # no list here writes papers as headings
            continue
        if BOLD_START.match(s):
            # a bold line directly under a list item (no blank line) continues that item
            out.append((i, entry_start if entry_start else i))
            if not entry_start:
                entry_start = None
            continue
        # other text lines: lazy continuation of the current item, not candidates
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7111)
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
        result.append({'list': name, 'candidates': len(cands), 'drawn': held})
        for start in held:
            print(f'{name}\t{start}\t{lines[start-1][:150]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
