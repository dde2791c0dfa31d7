"""Sample up to 20 entries per list for s56f with ONE random.Random(5661).

Lists are the *.README.md files next to this script, walked in sorted file-name order.
Candidate lines: list items (bullets `-`/`*`/`+`, numbered `1.`/`1)`), table body rows
(not the header row or the delimiter row), and lines starting with bold (`**`).
None of the three lists writes papers as headings, so no heading is a candidate.
Fenced code (the BibTeX block in tingruew) and HTML comments are skipped.

For each list the candidates are shuffled with the shared generator and walked in that
order; each drawn line is mapped to the first line of the entry it belongs to, and the walk
stops when 20 distinct entries are held.  In these files every candidate line is itself the
first line of an entry: InfiMM's numbered papers continue on a non-candidate author line
(`   _Authors._ [[Paper](...)], 2024.7`, after a blank line), and table-of-contents sub-bullets
are entries of their own.  entry_start() still maps an indented continuation line (one that
is not a list item and follows an item) back to that item, for safety.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5661
PER_LIST = 20

ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s+|$)')
BOLD = re.compile(r'^\s*\*\*')
DELIM = re.compile(r'^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$')
FENCE = re.compile(r'^\s*(```|~~~)')


def candidates(lines):
    out = []
    in_fence = in_comment = in_table = False
    for i, line in enumerate(lines):
        n = i + 1
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s[4:]:
                in_comment = True
            continue
        if FENCE.match(line):
            in_fence = not in_fence
            in_table = False
            continue
        if in_fence:
            continue
        if in_table:
            if s == '' or '|' not in line:
                in_table = False
            else:
                out.append(n)
                continue
        if '|' in line and i + 1 < len(lines) and DELIM.match(lines[i + 1]) and '-' in lines[i + 1]:
            continue  # header row; the delimiter row follows
        if '|' in line and '-' in line and DELIM.match(line):
            in_table = True
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(n)
    return out


def entry_start(lines, n):
    """First line of the entry that line n belongs to."""
    line = lines[n - 1]
    if ITEM.match(line) or line.lstrip().startswith('|') or not line.startswith(' '):
        return n
    for j in range(n - 2, -1, -1):
        if ITEM.match(lines[j]):
            return j + 1
        if lines[j].strip() and not lines[j].startswith(' '):
            return n
    return n


def main():
    rng = random.Random(SEED)
    result = {}
    for name in LISTS:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            lines = f.read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held, drawn = [], []
        for n in order:
            if len(held) >= PER_LIST:
                break
            drawn.append(n)
            start = entry_start(lines, n)
            if start not in held:
                held.append(start)
        result[name] = {'candidates': len(cands), 'drawn': drawn, 'entries': sorted(held)}
        print(name, 'candidates', len(cands), 'drawn', len(drawn), 'entries', sorted(held))
    with open(os.path.join(HERE, 'sample.json'), 'w', encoding='utf-8') as f:
        json.dump(result, f, indent=1, ensure_ascii=False)


if __name__ == '__main__':
    main()
