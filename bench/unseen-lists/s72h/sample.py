#!/usr/bin/env python3
"""Draw up to 20 entries a list with ONE random.Random(7281), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD_START = re.compile(r'^\s*\*\*')
FENCE = re.compile(r'^ {0,3}(```|~~~)')


def candidates(lines):
    """Return (line_no, entry_start) for candidate lines, 1-based."""
    out = []
    in_fence = in_comment = False
    entry_start = None
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
            continue
        if LIST_ITEM.match(s):
            entry_start = i
            out.append((i, i))
            continue
        if TABLE_ROW.match(s):
            if TABLE_SEP.match(s):
                continue
            nxt = lines[i].rstrip('\n') if i < len(lines) else ''
            if not TABLE_SEP.match(nxt):      # a row followed by a separator is a header
                out.append((i, i))
            continue
        if s.lstrip().startswith('#'):
            entry_start = None                 # none of these lists writes papers as headings
            continue
        if BOLD_START.match(s):
            out.append((i, entry_start or i))
            continue
        # any other line is lazy continuation text, not a candidate
    return out


def main():
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rng = random.Random(7281)
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
            print(f'{name[:12]}\t{start}\t{lines[start-1][:160]}')
    json.dump(result, open(os.path.join(HERE, 'sample.json'), 'w'), indent=1)
    for r in result:
        print(r['list'], 'candidates', r['candidates'], 'drawn', len(r['drawn']), file=sys.stderr)


if __name__ == '__main__':
    main()
