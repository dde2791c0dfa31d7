#!/usr/bin/env python3
"""Draw up to 20 entries a list with one random.Random(7231) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')


def candidates(lines):
    """Return (candidate line numbers, map line -> entry start line), 1-based."""
    cands, start_of = [], {}
    in_fence = in_comment = False
    cur_start = None  # start of the current list item, for continuation lines
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur_start = None
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
        if not s:
            cur_start = None
            continue
        if s.startswith('|'):
            cur_start = None
            if SEP.match(s):
                continue
            nxt = lines[i].strip() if i < len(lines) else ''
            if SEP.match(nxt):  # header row
                continue
            cands.append(i); start_of[i] = i
            continue
        if ITEM.match(line):
            cur_start = i
            cands.append(i); start_of[i] = i
            continue
        if s.startswith('**'):
            cur_start = i
            cands.append(i); start_of[i] = i
            continue
        if cur_start is not None and line[:1] in (' ', '\t'):
            # indented continuation line of a multi-line entry
            cands.append(i); start_of[i] = cur_start
            continue
        cur_start = None
    return cands, start_of


def main():
    rng = random.Random(7231)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of[ln]
            if st not in held:
                held.append(st)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn', file=sys.stderr)
        for st in held:
            out.append({'list': name, 'line': st, 'text': lines[st - 1]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
