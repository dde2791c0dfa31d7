#!/usr/bin/env python3
"""Sample 20 distinct entries per list with ONE random.Random(5561).

Lists: every *.README.md in this folder, in sorted file-name order
(ha-lins, johnnyasd12, tongoy). Lines are split on LF and a trailing CR is dropped
(the tongoy file has CRLF line endings).

Candidate lines (fenced code blocks and HTML comments skipped):
  * list items: "-", "*", "+" bullets and "1." / "1)" numbered items, at any indent;
    also tongoy's bracket-numbered entries "[12] **Title.**" (the list's own
    "Entity Format", a numbered item written with a reference number);
  * table body rows (rows after a |---| separator row; none in these three lists);
  * lines starting with bold ("**");
  * heading lines that are papers' titles: johnnyasd12 writes each paper as a level-2
    heading ("## Prototypical Networks for Few-shot Learning. NIPS'17"). Every level-2
    heading of that file is an entry heading except "## Legacy Papers", which heads a
    bullet list. Level-1 headings (conference / topic groups) and level-3 sub-headings
    ("### Abstract", "### Reviewer Comment", "### 想讀") are not candidates.

Mapping a drawn line to the start of its entry:
  * in johnnyasd12, a bullet that sits under an entry heading (the nearest preceding
    heading of level 1 or 2 is an entry heading) belongs to that paper's entry: its
    notes, code links and "### Abstract" bullets map to the "## ..." line;
  * otherwise a candidate line is itself an entry start (ha-lins' first entry has a
    continuation line ".* ***ACL 2019***...", and tongoy's author / venue / link lines
    are continuations, but none of those is a candidate).

For each list the candidate lines are shuffled with the shared RNG and walked in that
order until 20 distinct entry starts are held (fewer if the list has fewer).
Prints one JSON object per sampled entry (list, line, text) and, on stderr, the
candidate count per list.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5561
N = 20

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
BRACKET_NUM = re.compile(r'^\[\d+\]\s+\*\*')
TABLE_SEP = re.compile(r'^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEADING = re.compile(r'^(#{1,6})\s')


def read_lines(path):
    text = open(path, encoding='utf-8', newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]


def is_entry_heading(name, s):
    m = HEADING.match(s)
    if not m or not name.startswith('johnnyasd12__'):
        return False
    return len(m.group(1)) == 2 and s.strip() != '## Legacy Papers'


def scan(name, lines):
    """Return (candidates, owner): candidate line numbers and, for each candidate,
    the line number of the entry it belongs to."""
    cands, owner = [], {}
    in_fence = in_comment = in_table = False
    current_top = None  # nearest preceding heading of level <= 2: (line, is_entry)
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
                owner[i] = i
            continue
        in_table = False
        m = HEADING.match(s)
        if m and raw.startswith('#'):
            if len(m.group(1)) <= 2:
                current_top = (i, is_entry_heading(name, s))
            if is_entry_heading(name, s):
                cands.append(i)
                owner[i] = i
            continue
        if ITEM.match(raw) or BRACKET_NUM.match(s) or s.startswith('**'):
            cands.append(i)
            if current_top and current_top[1]:
                owner[i] = current_top[0]
            else:
                owner[i] = i
    return cands, owner


def main():
    rng = random.Random(SEED)
    out = []
    for name in LISTS:
        lines = read_lines(os.path.join(HERE, name))
        cands, owner = scan(name, lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln in order:
            start = owner[ln]
            if start not in held:
                held.append(start)
            if len(held) == N:
                break
        print(f'# {name}: {len(cands)} candidates, {len(held)} entries held',
              file=sys.stderr)
        for ln in sorted(held):
            out.append({'list': name, 'line': ln, 'text': lines[ln - 1]})
    for p in out:
        print(json.dumps(p, ensure_ascii=False))


if __name__ == '__main__':
    main()
