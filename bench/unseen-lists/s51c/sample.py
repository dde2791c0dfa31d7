#!/usr/bin/env python3
"""Sample 20 entries per list with ONE random.Random(5131), lists in sorted file-name order.

Candidate lines: list items (-, *, + bullets; "1." / "1)" numbered, at any indent),
table body rows (rows after a |---| separator row; header and separator rows are not
candidates), and lines starting with bold. Lines inside fenced code blocks and HTML
comments are skipped. None of the three lists writes papers as headings, so no heading
line is a candidate.

For each list: shuffle its candidates with the shared RNG, walk them, and map each
drawn line to the start of the entry it belongs to: an indented line (a nested
bullet such as "   - `Publication`: ..." or an indented continuation) belongs to the
nearest list item above it at indent 0, as long as only indented or blank lines lie
between them. Keep going until 20 distinct entry starts are held.

Writes sample.jsonl: list, line (entry start, 1-based), drawn (the drawn line numbers
that mapped to it), raw (the entry's source lines joined with \n).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
SEED = 5131
PER_LIST = 20

ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')
SEP = re.compile(r'^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$')


def scan(lines):
    """Return (candidates, skipped) where skipped marks fenced/comment lines."""
    cands = []
    skipped = set()
    in_fence = in_comment = in_table = False
    for i, raw in enumerate(lines, 1):
        s = raw.strip()
        if in_comment:
            skipped.add(i)
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            skipped.add(i)
            in_fence = not in_fence
            continue
        if in_fence:
            skipped.add(i)
            continue
        if s.startswith('<!--'):
            skipped.add(i)
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('|'):
            if SEP.match(s):
                in_table = True
                continue
            if in_table:
                cands.append(i)
            continue
        in_table = False
        if ITEM.match(raw) or s.startswith('**'):
            cands.append(i)
    return cands, skipped


def indent(line):
    return len(line) - len(line.lstrip(' \t'))


def entry_start(lines, ln):
    """Map a drawn line to the first line of its entry."""
    line = lines[ln - 1]
    if line.lstrip().startswith('|') or indent(line) == 0:
        return ln
    j = ln - 1
    while j >= 1:
        prev = lines[j - 1]
        if prev.strip() == '':
            j -= 1
            continue
        if indent(prev) > 0:
            j -= 1
            continue
        # first non-blank line at indent 0
        if ITEM.match(prev):
            return j
        return ln
    return ln


def entry_lines(lines, start):
    """The entry's lines: the start line plus following indented lines (blank
    whitespace-only lines inside are kept when an indented line follows)."""
    first = lines[start - 1]
    if first.lstrip().startswith('|') or not ITEM.match(first):
        return [first]
    out = [first]
    k = start + 1
    pending = []
    while k <= len(lines):
        cur = lines[k - 1]
        if cur.strip() == '':
            pending.append(cur)
        elif indent(cur) > 0:
            out.extend(pending)
            pending = []
            out.append(cur)
        else:
            break
        k += 1
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding='utf-8', newline='').read().split('\n')
        cands, _ = scan(lines)
        order = list(cands)
        rng.shuffle(order)
        held = {}
        draws = 0
        for ln in order:
            if len(held) >= PER_LIST:
                break
            draws += 1
            st = entry_start(lines, ln)
            held.setdefault(st, []).append(ln)
        print(f'# {name}: {len(cands)} candidate lines, {draws} drawn, {len(held)} entries',
              file=sys.stderr)
        for st in sorted(held):
            rows.append({'list': name, 'line': st, 'drawn': held[st],
                         'raw': '\n'.join(entry_lines(lines, st))})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
