#!/usr/bin/env python3
"""Sample up to 20 entries a list with one random.Random(6961), lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_ITEM = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
SEP_ROW = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}\s')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if re.match(r'^\s*(```|~~~)', line):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP_ROW.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ''
            if SEP_ROW.match(nxt):  # header row
                continue
            out.append(i)
        elif LIST_ITEM.match(line) or s.startswith('**'):
            out.append(i)
        # no list here writes papers as headings, so headings are never candidates
    return out


def entry_start(lines, i):
    # every candidate in these three files is a one-line entry (no indented
    # continuation lines follow a candidate), so an entry starts at its own line
    return i


def main():
    rng = random.Random(6961)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')), key=os.path.basename)
    picked = []
    for f in files:
        lines = open(f, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        rng.shuffle(cands)
        held = []
        for i in cands:
            st = entry_start(lines, i)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{os.path.basename(f)}: {len(cands)} candidates, {len(held)} drawn', file=sys.stderr)
        for st in held:
            picked.append({'list': os.path.basename(f), 'line': st + 1, 'raw': lines[st]})
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
