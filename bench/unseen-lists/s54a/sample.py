#!/usr/bin/env python3
"""Sample 20 distinct entries per list with ONE random.Random(5411).

Lists: every *.README.md in this folder, in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments skipped):
  * list items: "-", "*", "+" bullets and "1." / "1)" numbered items (also inside a
    blockquote, i.e. after leading ">" markers);
  * table body rows: "|" rows after a |---| separator row (header and separator rows are
    not candidates; tables may be indented inside a list item);
  * lines starting with bold ("**");
  * heading lines that are papers' titles: in these lists only the bismex style
    "> #### 1) *"Title"* [[paper](...)]" (a numbered heading holding a quoted title).
    Ordinary section headings ("### Year-2022", "## 3. ICCV2021") are not candidates.

For each list the candidate lines are shuffled with the shared RNG and walked in that
order; each drawn line is mapped to the first line of the entry it belongs to (a
continuation line of a multi-line entry maps back to the entry's first line) and lines
are drawn until 20 distinct entries are held (fewer if the list has fewer).
Prints one JSON object per sampled entry: list, line (1-based start), text (that line),
and the candidate count per list on stderr.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5411
N = 20

ITEM = re.compile(r'^(>\s*)*([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
PAPER_HEADING = re.compile(r'^(>\s*)*#{1,6}\s+\d+\)\s+\*?"')
HEADING = re.compile(r'^(>\s*)*#{1,6}\s')


def scan(path):
    """Return (lines, candidates, starts): candidate line numbers and the set of
    entry-start line numbers (every candidate is an entry start)."""
    lines = open(path, encoding='utf-8').read().split('\n')
    cands = []
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
            continue
        in_table = False
        if PAPER_HEADING.match(s) or ITEM.match(s) or s.startswith('**'):
            cands.append(i)
    return lines, cands


def entry_start(lines, ln, cand_set):
    """Walk up from a drawn line to the first line of its entry: while the line is not
    itself an entry start (list item, table row, bold line, heading) and the line above
    is non-blank, step up."""
    while ln > 1 and ln not in cand_set:
        above = lines[ln - 2].strip()
        if not above or HEADING.match(above):
            break
        ln -= 1
    return ln


def main():
    rng = random.Random(SEED)
    out = []
    for name in LISTS:
        lines, cands = scan(os.path.join(HERE, name))
        cand_set = set(cands)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = entry_start(lines, ln, cand_set)
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries held', file=sys.stderr)
        for ln in sorted(held):
            out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for p in out:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
