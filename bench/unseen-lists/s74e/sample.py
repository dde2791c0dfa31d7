#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7451) over the lists in sorted file-name order."""
import glob, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*\S')

def candidates(lines):
    """Return (candidate line numbers, map line->entry start)."""
    cands, start_of = [], {}
    in_code = in_comment = False
    cur = None  # start of the entry being continued
    for i, line in enumerate(lines):
        n = i + 1
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_code = not in_code; cur = None; continue
        if in_code:
            continue
        if in_comment:
            if '-->' in s: in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s: in_comment = True
            continue
        if not s:
            cur = None; continue
        is_cand = False
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(s) or SEP.match(nxt.strip()):
                cur = None; continue          # separator or header row
            is_cand = True
        elif ITEM.match(line) or BOLD.match(line):
            is_cand = True
        if is_cand:
            cands.append(n); start_of[n] = n; cur = n
        elif cur is not None and not s.startswith('#'):
            start_of[n] = cur                 # continuation line of an entry
        else:
            cur = None
    return cands, start_of

def main():
    rng = random.Random(7451)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start_of = candidates(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for n in order:
            st = start_of[n]
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'{name}: {len(cands)} candidates, drew {len(held)}', file=sys.stderr)
        for st in held:
            end = st
            while end < len(lines) and start_of.get(end + 1) == st:
                end += 1
            out.append({'list': name, 'line': st, 'raw': '\n'.join(lines[st - 1:end])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))

if __name__ == '__main__':
    main()
