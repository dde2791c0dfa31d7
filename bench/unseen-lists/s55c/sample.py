#!/usr/bin/env python3
"""Sample 20 distinct entries per list with ONE random.Random(5531).

Lists: every *.README.md in this folder, in sorted file-name order.

Candidate lines (fenced code blocks and HTML comments skipped):
  * list items: "-", "*", "+" bullets (task-list "- [ ]" / "- [x]" included) and
    "1." / "1)" numbered items, also inside a blockquote (after leading ">" markers);
  * table body rows: "|" rows after a delimiter row ("| -- | -- |" or "| --- |"; GFM
    allows any number of hyphens); header and delimiter rows are not candidates;
  * lines starting with bold ("**"), also after leading ">" blockquote markers;
  * heading lines that are papers' titles: none of these three lists writes papers as
    headings, so no heading is a candidate.

For each list the candidate lines are shuffled with the shared RNG and walked in that
order; each drawn line is mapped to the first line of the entry it belongs to (a
continuation line of a multi-line entry maps back to the entry's first line) and lines
are drawn until 20 distinct entries are held (fewer if the list has fewer).
Prints one JSON object per sampled entry (list, line = 1-based start, text = that line)
on stdout, and the candidate count per list on stderr.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5531
N = 20

QUOTE = re.compile(r'^(>\s*)+')
ITEM = re.compile(r'^([-*+]|\d+[.)])\s+\S')
TABLE_SEP = re.compile(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')
HEADING = re.compile(r'^(>\s*)*#{1,6}\s')


def scan(path):
    """Return (lines, candidates): the file's lines and the candidate line numbers."""
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
            # a line that opens and closes a fence inline (```x```) is not a fence
            if not (s.startswith('```') and s.count('```') >= 2):
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
        body = QUOTE.sub('', s)
        if ITEM.match(body) or body.startswith('**'):
            cands.append(i)
    return lines, cands


def entry_start(lines, ln, cand_set):
    """Walk up from a drawn line to the first line of its entry: while the line is not
    itself an entry start and the line above is non-blank and not a heading, step up."""
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
