#!/usr/bin/env python3
"""Sample 20 entries per list with ONE random.Random(7751), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BULLET = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
BOLD = re.compile(r'^\s*\*\*')
HEADING = re.compile(r'^\s*#{1,6}\s')


def classify(lines):
    """Return list of (idx, kind) candidate lines, skipping code fences and HTML comments."""
    cands = []
    in_code = False
    in_comment = False
    prev_table = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            prev_table = False
            continue
        if s.startswith('```'):
            in_code = not in_code
            prev_table = False
            continue
        if in_code:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            prev_table = False
            continue
        if s.startswith('|'):
            # header row = table row followed by separator; separator rows skipped
            if TABLE_SEP.match(s):
                prev_table = True
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if TABLE_SEP.match(nxt):
                prev_table = True
                continue  # header row
            cands.append((i, 'table'))
            prev_table = True
            continue
        prev_table = False
        if BULLET.match(ln):
            cands.append((i, 'item'))
        elif BOLD.match(ln):
            cands.append((i, 'bold'))
    return cands


def entry_extent(lines, start, cand_set):
    """An entry runs from its start line over following non-blank continuation lines
    that are not themselves candidate lines or headings."""
    end = start
    if lines[start].strip().startswith('|'):
        return start, start
    j = start + 1
    while j < len(lines):
        s = lines[j].strip()
        if not s or j in cand_set or HEADING.match(lines[j]) or s.startswith('<') and not s.startswith('<i>'):
            break
        end = j
        j += 1
    return start, end


def main():
    rng = random.Random(7751)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    out = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = classify(lines)
        cand_set = {i for i, _ in cands}
        # map every candidate line to the start of its entry (continuation lines -> entry's first line)
        starts = {}
        for i, _ in cands:
            s = i
            # a candidate line that is a continuation of a preceding entry: none of our shapes
            starts[i] = s
        order = [i for i, _ in cands]
        rng.shuffle(order)
        held = []
        for i in order:
            st = starts[i]
            if st not in held:
                held.append(st)
            if len(held) >= 20:
                break
        name = os.path.basename(f)
        print(f'{name}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in held:
            a, b = entry_extent(lines, st, cand_set)
            out.append({'list': name, 'line': a + 1, 'raw': '\n'.join(lines[a:b + 1])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
