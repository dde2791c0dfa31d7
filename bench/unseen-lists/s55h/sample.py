"""Sample up to 20 entries per list for s55h with ONE random.Random(5581).

Lists are walked in sorted file-name order (*.README.md next to this file).
Candidate lines: list items (bullets, numbered), table body rows (not the header
or delimiter row; tables with or without outer pipes), and lines starting with bold.
No list here writes papers as headings, so no heading is a candidate.
Fenced code and HTML comments are skipped.

For each list the candidates are shuffled with the shared generator and walked in
that order; each drawn line is mapped to the first line of the entry it belongs to
(an indented sub-bullet under a bullet whose text starts with a bold title, as in
WeiChengTseng's "- **Title** [[paper]]" / "  - authors, **VENUE**" pairs, belongs to
that bullet); the walk stops when 20 distinct entries are held.
Writes sample.json next to this file.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5581
PER_LIST = 20

ITEM = re.compile(r'^(\s*)(?:[-*+]|\d+[.)])(?:\s+|$)(.*)$')
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
        if '|' in line and i + 1 < len(lines) and '|' in lines[i + 1] and '-' in lines[i + 1] \
                and DELIM.match(lines[i + 1]):
            continue  # header row; the delimiter row follows
        if '|' in line and '-' in line and DELIM.match(line):
            in_table = True
            continue
        if ITEM.match(line) or BOLD.match(line):
            out.append(n)
    return out


def entry_start(lines, n):
    """First line of the entry that line n belongs to."""
    m = ITEM.match(lines[n - 1])
    if not m or len(m.group(1)) < 2:
        return n
    indent = len(m.group(1))
    for j in range(n - 2, -1, -1):
        pm = ITEM.match(lines[j])
        if pm and len(pm.group(1)) < indent:
            if pm.group(2).lstrip().startswith('**'):
                return j + 1
            return n
        if lines[j].strip() == '' or lines[j].lstrip().startswith('#'):
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
