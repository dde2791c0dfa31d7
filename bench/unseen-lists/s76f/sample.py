#!/usr/bin/env python3
"""Sample up to 20 entries per list with ONE random.Random(7661), lists in sorted file-name order.

Candidate lines: list items (-, *, + bullets and "1." / "1)" numbered items, any indent), table
body rows (rows after a |---| separator; header and separator rows are not candidates) and lines
starting with bold. None of the three lists writes papers as headings, so no heading is a candidate.
Fenced code blocks and HTML comments are skipped.
Entries: a top-level item (indent < 2) starts an entry; lines indented by 2+ spaces that follow it
(also across blank lines: the FabioSangalli list puts a blank line and an indented description
paragraph under each item), including nested sub-bullets, belong to that entry. A nested sub-bullet
drawn is therefore mapped to its parent item. A table row or bold line is its own one-line entry.
Output (stdout): one JSON object a line {list, line, end, raw}, sorted by list then line.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\|?\s*:?-{3,}')


def scan(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, start_of, end_of = [], {}, {}
    in_fence = in_comment = in_table = False
    cur = None
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        indent = len(raw) - len(raw.lstrip(' '))
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            cur = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i); start_of[i] = i; end_of[i] = i
            cur = None
            continue
        in_table = False
        if not s:
            continue  # blank lines neither start nor end an entry
        if s.startswith('#'):
            cur = None
            continue
        m = ITEM.match(raw)
        if cur is not None and indent >= 2:
            # continuation or nested sub-bullet of the current top-level item
            start_of[i] = cur; end_of[cur] = i
            if m or s.startswith('**'):
                cands.append(i)
            continue
        if m or s.startswith('**'):
            cands.append(i); start_of[i] = i; end_of[i] = i
            cur = i if m else None
        else:
            cur = None
    return lines, cands, start_of, end_of


def main():
    rng = random.Random(7661)
    out = []
    for name in LISTS:
        lines, cands, start_of, end_of = scan(os.path.join(HERE, name))
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of.get(ln, ln)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for st in sorted(held):
            e = end_of[st]
            out.append({'list': name, 'line': st, 'end': e, 'raw': '\n'.join(lines[st - 1:e])})
    for o in out:
        print(json.dumps(o, ensure_ascii=False))


if __name__ == '__main__':
    main()
