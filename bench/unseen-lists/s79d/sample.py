#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(7941), lists in sorted file-name order.

Candidates: list items (bullets / numbered), table body rows (not header or separator rows),
lines starting with bold. Fenced code and HTML comments are skipped. None of the three lists
writes papers as headings, so no heading is a candidate.
A drawn line is mapped to the start of its entry: a nested bullet under a top-level bullet
whose text starts with bold ("- **Title (Venue Year)**" followed by "    - authors",
"    - [[Paper]](...)") belongs to that top-level bullet; other nested bullets (e.g. nested
table-of-contents items) are their own entries.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands = {}  # line number (1-based) -> entry start line
    in_fence = False
    in_comment = False
    parent = None  # (line no, is_bold_entry) of the last top-level list item
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        m = ITEM.match(ln)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent == 0:
                rest = ln[m.end():]
                parent = (i, rest.startswith('**'))
                cands[i] = i
            else:
                if parent and parent[1]:
                    cands[i] = parent[0]
                else:
                    cands[i] = i
            continue
        if s.startswith('|'):
            # table row: skip header (row followed by separator) and separator
            if SEP.match(s):
                continue
            nxt = lines[i] if i < len(lines) else ''
            if SEP.match(nxt.strip()):
                continue
            cands[i] = i
            parent = None
            continue
        if s.startswith('**'):
            cands[i] = i
            parent = None
            continue
        if s == '' or s.startswith('#'):
            parent = None if s.startswith('#') else parent
    return cands


def main():
    rng = random.Random(7941)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    out = []
    for f in files:
        lines = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = sorted(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = cands[ln]
            if start not in held:
                held.append(start)
            if len(held) >= N:
                break
        n_entries = len(set(cands.values()))
        print(f'{f}: {len(cands)} candidate lines, {n_entries} entries, drew {len(held)}', file=sys.stderr)
        for start in held:
            out.append({'list': f, 'line': start, 'text': lines[start - 1]})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
