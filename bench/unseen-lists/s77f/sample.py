#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7761) over the lists in sorted file-name order.

Candidate lines: list items (bullets, numbered), table body rows, lines starting with bold,
heading lines that are paper titles (none of the three lists writes papers as headings);
fenced code and HTML comments are skipped. A drawn line is mapped to the first line of the
entry it belongs to: nested sub-bullets and lazy continuation lines belong to the list item
above them (an entry ends at a blank line, a heading, or a list item no deeper than its own).
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 7761
N = 20
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
HEAD = re.compile(r'^\s{0,3}#{1,6}\s')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def analyse(lines):
    """Return (candidates, entry_start) where entry_start[i] is the 0-based start of line i's entry."""
    skip = [False] * len(lines)
    in_fence = in_comment = False
    for i, l in enumerate(lines):
        s = l.strip()
        if in_fence:
            skip[i] = True
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skip[i] = in_fence = True
            continue
        if in_comment:
            skip[i] = True
            if '-->' in l:
                in_comment = False
            continue
        if s.startswith('<!--'):
            skip[i] = True
            if '-->' not in l:
                in_comment = True
    cands, start = [], [None] * len(lines)
    cur, base = None, None          # current entry start and its indent
    for i, l in enumerate(lines):
        if skip[i]:
            cur = None
            continue
        s = l.strip()
        m = ITEM.match(l)
        if not s or HEAD.match(l):
            cur = None
            continue
        if s.startswith('|'):
            cur = None              # table rows are handled below
            continue
        if m:
            ind = len(m.group(1))
            if cur is None or ind <= base:
                cur, base = i, ind
            start[i] = cur
            cands.append(i)
        elif cur is not None:
            start[i] = cur          # lazy continuation line of the current entry
        elif s.startswith('**'):
            start[i] = i
            cands.append(i)
    # table body rows (header = first row, then separator): none of the three lists has a paper table,
    # but count them for completeness
    for i, l in enumerate(lines):
        if skip[i] or not l.strip().startswith('|') or TABLE_SEP.match(l):
            continue
        j = i
        while j > 0 and lines[j - 1].strip().startswith('|'):
            j -= 1
        if i >= j + 2 and TABLE_SEP.match(lines[j + 1]):
            start[i] = i
            cands.append(i)
    return sorted(set(cands)), start


def entry_lines(lines, start, s):
    idx = [i for i in range(len(lines)) if start[i] == s]
    return '\n'.join(lines[i] for i in idx)


def main():
    rng = random.Random(SEED)
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.README.md'))):
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands, start = analyse(lines)
        order = cands[:]
        rng.shuffle(order)
        held = []
        for c in order:
            s = start[c]
            if s not in held:
                held.append(s)
            if len(held) == N:
                break
        print(f'{name}: {len(cands)} candidate lines, {len(set(start[c] for c in cands))} entries, drew {len(held)}')
        for s in held:
            out.append({'list': name, 'line': s + 1, 'raw': entry_lines(lines, start, s)})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
