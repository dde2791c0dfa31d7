#!/usr/bin/env python3
"""Sample 20 distinct entries per list with ONE random.Random(5641).

Lists: every *.README.md in this folder, in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments skipped):
  * list items: "-", "*", "+" bullets and "1." / "1)" numbered items, at any indentation,
    also inside a blockquote ("> - ...", as pzhren writes its notes);
  * table body rows: the rows after a |---| separator row, up to the first blank line or
    other block (header and separator rows are not candidates). GFM rows need no leading
    pipe, so LiuTingWed's "EKG | ECCV | ..." rows count. Rows whose cells are all empty,
    or hold only a row number ("| 2    |      |      |"), are placeholders, not entries,
    and are left out;
  * lines starting with bold ("**"), at any indentation;
  * heading lines that are papers' titles: none of these three lists writes papers as
    headings, so no heading is a candidate.

For each list the candidate lines are shuffled with the shared RNG and walked in that
order; each drawn line is mapped to the first line of the entry it belongs to (a table row
is its own entry; a list item, nested or not, is its own entry -- in these three lists no
paper spreads over nested bullets, the only nested bullets are LiuTingWed's table of
contents, where each sub-bullet is its own link; an indented line that is not a list item
belongs to the nearest less-indented list item above it) and lines are drawn until 20
distinct entries are held (fewer if the list has fewer).

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
SEED = 5641
N = 20

ITEM = re.compile(r'^\s*(>\s*)*([-*+]|\d+[.)])(\s+\S|\s*$)')
TABLE_SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
BLOCK_START = re.compile(r'^\s{0,3}(#{1,6}\s|>|```|~~~|[-*+]\s|\d+[.)]\s)')


def indent(line):
    return len(line) - len(line.lstrip(' '))


def is_placeholder_row(s):
    cells = [c.strip() for c in s.strip().strip('|').split('|')]
    rest = [c for c in cells if c and not re.fullmatch(r'[\d,\s]*', c)]
    return not rest


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
            in_table = False
            continue
        if in_fence:
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if in_table:
            if s and not BLOCK_START.match(raw):
                table_rows.add(i)
                if not is_placeholder_row(s):
                    cands.append(i)
                continue
            in_table = False
        if '|' in s and TABLE_SEP.match(s):
            in_table = True
            continue
        if ITEM.match(raw) or s.startswith('**'):
            cands.append(i)
    return lines, cands, table_rows


def entry_start(lines, ln, table_rows):
    """First line of the entry that line ln belongs to."""
    if ln in table_rows or ITEM.match(lines[ln - 1]):
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
    """The start line plus the following lines that belong to it (indented more than it and
    not list items themselves, and blank lines between them); trailing blank lines are
    dropped."""
    if start in table_rows:
        return lines[start - 1]
    base = indent(lines[start - 1])
    out = [lines[start - 1]]
    k = start + 1
    while k <= len(lines):
        t = lines[k - 1]
        if t.strip() and (indent(t) <= base or ITEM.match(t)):
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
