#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7831), lists in sorted file-name order.

Candidate lines: list items (-, *, + bullets, "1." / "1)" numbered, any indent), table body
rows (lines after a separator row such as '|---|---|', up to the next blank line; header and
separator rows are not candidates), and lines starting with bold. None of these lists writes
papers as headings, so no heading is a candidate. Fenced code and HTML comments are skipped.
Continuation lines: a non-blank, non-item, non-heading line directly under an item or bold line
continues that entry; inside a table, a line that does not start with '|' continues the row above
(AmirNoori68 breaks two Basis-Functions rows over two lines this way).
For each list: shuffle its candidates, walk them, map each drawn line to the first line of its
entry, stop at 20 distinct entries.
Output: one JSON object a line {list, line, text}, sorted by list then line.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\*\*[^*\s]')
SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$')


def scan(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, start_of = [], {}
    in_fence = in_comment = in_table = False
    current = None
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            current = None
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if SEP.match(s):
            in_table = True
            current = None
            continue
        if in_table:
            if s:
                if raw.startswith('|') or current is None:
                    cands.append(i)
                    start_of[i] = i
                    current = i
                else:
                    start_of[i] = current
                continue
            in_table = False
        if not s or s.startswith('#'):
            current = None
            continue
        if ITEM.match(raw) or BOLD.match(s):
            cands.append(i)
            start_of[i] = i
            current = i
        elif current is not None:
            start_of[i] = current
    return lines, cands, start_of


def main():
    rng = random.Random(7831)
    picked = []
    for name in LISTS:
        lines, cands, start_of = scan(os.path.join(HERE, name))
        order = cands[:]
        rng.shuffle(order)
        held = []
        for ln in order:
            st = start_of.get(ln, ln)
            if st not in held:
                held.append(st)
            if len(held) == 20:
                break
        print(f'# {name}: {len(lines)} lines, {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for st in sorted(held):
            picked.append({'list': name, 'line': st, 'text': lines[st - 1]})
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
