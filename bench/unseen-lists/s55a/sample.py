#!/usr/bin/env python3
"""Sample 20 distinct entries per list with ONE random.Random(5511).

Lists: every *.README.md in this folder, in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments skipped):
  * list items: "-", "*", "+" bullets and "1." / "1)" numbered items, at any indentation
    (also inside a blockquote), including a bare numbered marker ("1." with nothing after
    it on the line, as LeyanOu writes every entry);
  * table body rows: "|" rows after a |---| separator row (header and separator rows are
    not candidates);
  * lines starting with bold ("**"), at any indentation;
  * heading lines that are papers' titles: in these lists only LeyanOu's headings written
    inside a numbered list item ("1.\\n    ### Title [(Venue)](link)"), i.e. an indented
    heading. Headings at column 0 are section headings and are not candidates.

For each list the candidate lines are shuffled with the shared RNG and walked in that
order; each drawn line is mapped to the first line of the entry it belongs to (an
indented line -- a nested author/keyword bullet, an indented title heading, an indented
"**Authors:**" line -- belongs to the nearest less-indented list item above it) and lines
are drawn until 20 distinct entries are held (fewer if the list has fewer).

Prints one JSON object per sampled entry: list, line (1-based start), raw (the entry's
source lines: the start line plus the indented lines that belong to it, trailing blank
lines dropped); the candidate count per list goes to stderr.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5511
N = 20

ITEM = re.compile(r'^\s*(>\s*)*([-*+]|\d+[.)])(\s+\S|\s*$)')
TABLE_SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
INDENTED_HEADING = re.compile(r'^\s{2,}#{1,6}\s+\S')
HEADING = re.compile(r'^#{1,6}\s')


def indent(line):
    return len(line) - len(line.lstrip(' '))


def scan(path):
    """Return (lines, candidates, table_rows)."""
    lines = open(path, encoding='utf-8', newline='').read().split('\n')
    cands, table_rows = [], set()
    in_fence = in_comment = in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if TABLE_SEP.match(s):
                in_table = True
            elif in_table:
                cands.append(i)
                table_rows.add(i)
            continue
        in_table = False
        if ITEM.match(raw) or s.startswith('**') or INDENTED_HEADING.match(raw):
            cands.append(i)
    return lines, cands, table_rows


def entry_start(lines, ln, table_rows):
    """First line of the entry that line ln belongs to."""
    if ln in table_rows:
        return ln
    cur = ln
    while indent(lines[cur - 1]) >= 2:
        ind = indent(lines[cur - 1])
        j = cur - 1
        parent = None
        while j >= 1:
            t = lines[j - 1]
            if not t.strip():
                j -= 1
                continue
            if indent(t) < ind:
                if ITEM.match(t):
                    parent = j
                break
            j -= 1
        if parent is None:
            break
        cur = parent
    return cur


def entry_raw(lines, start, table_rows):
    """The start line plus the following lines that belong to the entry: indented lines
    (and blank lines between them); trailing blank lines are dropped."""
    if start in table_rows:
        return lines[start - 1]
    base = indent(lines[start - 1])
    out = [lines[start - 1]]
    k = start + 1
    while k <= len(lines):
        t = lines[k - 1]
        if t.strip() and indent(t) <= base:
            break
        out.append(t)
        k += 1
    while out and not out[-1].strip():
        out.pop()
    return '\n'.join(out)


def main():
    rng = random.Random(SEED)
    out = []
    for name in LISTS:
        lines, cands, table_rows = scan(os.path.join(HERE, name))
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = entry_start(lines, ln, table_rows)
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries held', file=sys.stderr)
        for ln in sorted(held):
            out.append({'list': name, 'line': ln, 'raw': entry_raw(lines, ln, table_rows)})
    for p in out:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
