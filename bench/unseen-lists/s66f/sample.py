#!/usr/bin/env python3
"""Draw 20 entries a list with ONE random.Random(6661) over the lists in sorted file-name order.

Candidate lines: list items (bullets, `N.`/`N)` numbers, `(N).` numbers, `N、` numbers),
Markdown table body rows (not header or separator rows), HTML table body rows (`<tr>` lines
that are not a table's first, header row), lines starting with bold. No list here writes papers
as headings. Fenced code and HTML comments are skipped.
Each drawn line is mapped to the start of its entry: an HTML row whose method cell is covered by
an earlier row's rowspan (it has no link of its own) belongs to that earlier row.
Prints TSV: list, entry start line, candidate count.
"""
import glob
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LIST_RE = re.compile(r'^\s*([-*+]\s|\d+[.)]\s|\(\d+\)\.?\s|\d+、)')
BOLD_RE = re.compile(r'^\s*\*\*')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$')


def candidates(lines):
    cands = []          # (line_no, entry_start)
    in_fence = False
    in_comment = False
    html_table_rows = 0
    last_entry = None   # entry start of the last HTML row with its own method
    rowspan_left = 0
    n = len(lines)
    for i, line in enumerate(lines):
        ln = i + 1
        s = line.strip()
        if s.startswith('```'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if '<!--' in line and '-->' not in line.split('<!--', 1)[1]:
            in_comment = True
            continue
        if s.startswith('<table'):
            html_table_rows = 0
            rowspan_left = 0
            continue
        if s == '<tr>':
            html_table_rows += 1
            if html_table_rows == 1:
                continue  # header row
            # look at this row's cells
            j = i + 1
            cells = []
            while j < n and lines[j].strip() != '</tr>':
                cells.append(lines[j])
                j += 1
            method_cell = None
            for c in cells:
                if '<a href' in c:
                    method_cell = c
                    break
            if method_cell is None and rowspan_left > 0:
                rowspan_left -= 1
                cands.append((ln, last_entry))
            else:
                last_entry = ln
                m = re.search(r'rowspan="(\d+)"[^>]*><a href', method_cell or '')
                rowspan_left = int(m.group(1)) - 1 if m else 0
                cands.append((ln, ln))
            continue
        if s.startswith('|'):
            prev = lines[i - 1].strip() if i > 0 else ''
            nxt = lines[i + 1] if i + 1 < n else ''
            if SEP_RE.match(s):
                continue
            if SEP_RE.match(nxt.strip()) and nxt.strip().startswith('|'):
                continue  # header row
            cands.append((ln, ln))
            continue
        if LIST_RE.match(line) or BOLD_RE.match(line):
            cands.append((ln, ln))
    return cands


def main():
    rng = random.Random(6661)
    files = sorted(glob.glob(os.path.join(HERE, '*.README.md')))
    for path in files:
        name = os.path.basename(path)
        lines = open(path, encoding='utf-8').read().split('\n')
        cands = candidates(lines)
        order = list(cands)
        rng.shuffle(order)
        held = []
        for ln, start in order:
            if start not in held:
                held.append(start)
            if len(held) == 20:
                break
        for start in sorted(held):
            print(f'{name}\t{start}\t{len(cands)}')


if __name__ == '__main__':
    main()
