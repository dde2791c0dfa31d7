#!/usr/bin/env python3
"""Sample 20 entries per list with ONE random.Random(7771), lists in sorted file-name order.

Candidate lines: list items (-, *, + bullets, "1." / "1)" numbered, any indent), table body
rows (rows after a |---| separator row; header and separator rows are not candidates), and
lines starting with bold (after leading spaces; also a bold run wrapped in a link, "[**...**](url)",
as XiaoCode-er writes some paper titles). No list here writes papers as headings, so no heading
is a candidate. A '***' line (thematic break) is not a bold line.
Lines inside fenced code blocks and inside HTML comments are skipped.
Entry starts: in XiaoCode-er a paper is a bold title line followed by detail bullets
"- intro: ...", "- arxiv: ...", "- github(TF): ...", "- dataset:..."; such "- key: value" bullets
belong to the bold line above them (drawing one maps to the title line). Other bullets are
their own entries. A non-item, non-blank line after an item (a wrapped line) belongs to that item.
For each list: shuffle the candidates, walk them, map each drawn line to the first line of its
entry, and stop at 20 distinct entries.
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
BOLD = re.compile(r'^\[?\*\*[^*\s]')  # bold line (or linked bold); '***' is a thematic break
DETAIL = re.compile(r'^-\s+[A-Za-z][\w()]*\s*:')  # "- intro:", "- github(TF):", "- dataset:["
SEP = re.compile(r'^\|?[\s:|-]*-[\s:|-]*$')  # delimiter row: only | : - and spaces (artcmd uses |:--:| and |:-:|)


def scan(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    cands, start_of = [], {}
    in_fence = in_comment = in_table = False
    current = None       # first line of the entry being read
    bold_entry = None    # last bold title line, owner of "- key: value" detail bullets
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            current = bold_entry = None
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
                cands.append(i)
                start_of[i] = i
            current = bold_entry = None
            continue
        in_table = False
        if s.startswith('#') or s == '***':
            current = bold_entry = None
            continue
        if not s:
            current = None
            continue
        if BOLD.match(s):
            cands.append(i)
            start_of[i] = i
            current = bold_entry = i
        elif ITEM.match(raw):
            cands.append(i)
            if bold_entry is not None and DETAIL.match(raw):
                start_of[i] = bold_entry
                current = bold_entry
            else:
                start_of[i] = i
                current = i
                bold_entry = None
        elif current is not None:
            start_of[i] = current  # continuation line (not a candidate)
    return lines, cands, start_of


def main():
    rng = random.Random(7771)
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
