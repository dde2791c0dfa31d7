#!/usr/bin/env python3
"""Sample 20 entries a list for s61f (topic: 6D object pose estimation).

One random.Random(6161) is used over the lists in sorted file-name order.
Candidate lines: list items (bullets -,*,+ and numbered items, any indent, with content),
table body rows (not header/separator rows), lines starting with bold, and heading
lines that are paper titles (none of the three lists writes papers as headings).
Fenced code and HTML comments are skipped. Each drawn line is mapped to the start
of the entry it belongs to (a continuation line belongs to the entry's first line);
the walk continues until 20 distinct entries are held.
Output: sample.jsonl with list, line, raw (the entry's source lines).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*\*\*')
TABLE = re.compile(r'^\s*\|')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^\s{0,3}#{1,6}(\s|$)')
HRULE = re.compile(r'^\s{0,3}([-*_])(\s*\1){2,}\s*$')


def scan(lines):
    """Return (candidates, entry_start) where entry_start maps every line of an entry to its first line."""
    in_fence = False
    in_comment = False
    cands = []
    kind = {}
    for i, l in enumerate(lines):
        s = l.strip()
        if in_comment:
            if '-->' in l:
                in_comment = False
            kind[i] = 'skip'
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            kind[i] = 'skip'
            continue
        if in_fence:
            kind[i] = 'skip'
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            kind[i] = 'skip'
            continue
        if TABLE.match(l):
            # header row = a table row followed by a separator row
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            if SEP.match(l) or SEP.match(nxt):
                kind[i] = 'tablehead'
            else:
                kind[i] = 'cand'
                cands.append(i)
            continue
        if BULLET.match(l) or BOLD.match(l):
            kind[i] = 'cand'
            cands.append(i)
            continue
        if HEADING.match(l) or HRULE.match(l):
            kind[i] = 'heading'
            continue
        kind[i] = 'blank' if not s else 'text'
    # entry start: a candidate starts an entry; following 'text' lines continue it
    start = {}
    cur = None
    for i in range(len(lines)):
        k = kind[i]
        if k == 'cand':
            cur = i
            start[i] = i
        elif k == 'text' and cur is not None and kind[cur] == 'cand' and not TABLE.match(lines[cur]):
            start[i] = cur
        else:
            cur = None
    return cands, start


def entry_raw(lines, start, s):
    out = [lines[s]]
    j = s + 1
    while j < len(lines) and start.get(j) == s:
        out.append(lines[j])
        j += 1
    return '\n'.join(out)


def main():
    rng = random.Random(6161)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    rows = []
    for f in files:
        name = os.path.basename(f)
        lines = open(f, encoding='utf-8').read().split('\n')
        cands, start = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for c in order:
            s = start.get(c, c)
            if s not in held:
                held.append(s)
            if len(held) >= N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(held)} entries drawn')
        for s in sorted(held):
            rows.append({'list': name, 'line': s + 1, 'raw': entry_raw(lines, start, s)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
