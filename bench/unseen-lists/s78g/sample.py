#!/usr/bin/env python3
"""Sample 20 entries a list with ONE random.Random(7871), lists in sorted file-name order.

Candidate lines:
  * list items: '-', '*', '+' bullets and '1.' / '1)' numbered items, any indent;
  * table body rows: lines containing '|' after a separator row ('|:---:|---|'), up to the next
    line without '|'; header and separator rows are not candidates;
  * lines starting with bold ('**x', not '***x');
  * lines starting with the bullet glyph '●' followed by bold ('● **Title**'), which the
    Chinese ModelEdit list uses as its list marker (judgement call: read as a list item);
  * no list here writes papers as headings, so no heading is a candidate.
Fenced code blocks and HTML comments (<!-- ... -->, including the inline '<!-- omit from toc -->'
which sits on a heading line) are skipped.
Entry starts: a non-blank line that is not an item, heading, table row or bold line and that
directly follows an item (no blank line in between) continues that item; its entry is the item.
For each list: shuffle its candidates, walk them, map each drawn line to its entry start, stop
at 20 distinct entries.  Output: JSON lines {list, line, text}, sorted by list then line.
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
DOT = re.compile(r'^●\s*\*\*')
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
            current = None
            continue
        if SEP.match(s):
            in_table = True
            current = None
            continue
        if in_table:
            if s and '|' in s:
                cands.append(i)
                start_of[i] = i
                continue
            in_table = False
        if not s or s.startswith('#'):
            current = None
            continue
        if ITEM.match(raw) or BOLD.match(s) or DOT.match(s):
            cands.append(i)
            start_of[i] = i
            current = i
        elif current is not None:
            start_of[i] = current
    return lines, cands, start_of


def main():
    rng = random.Random(7871)
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
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries drawn', file=sys.stderr)
        for st in sorted(held):
            picked.append({'list': name, 'line': st, 'text': lines[st - 1]})
    for p in picked:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
