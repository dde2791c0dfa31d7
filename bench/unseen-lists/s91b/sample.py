#!/usr/bin/env python3
"""Sample 20 candidate entries a list with random.Random(9121) (one generator,
lists in sorted file-name order) and write sample.jsonl.

Candidate lines:
  * list items: bullets (-, *, +) and numbered items, also inside a blockquote (> - ...)
  * Markdown table body rows (not the header row, not the |---| separator)
  * HTML table body rows: a <tr> line whose next non-blank line opens a cell with
    rowspan (the paper row of the IAAR table; the colspan="3" notes row that follows
    belongs to the same entry, and the header row / a stray empty <tr> are not body rows)
  * lines starting with bold (** or <strong>/<b>)
  * headings only when a list writes papers as headings (none of these three does)
Skipped: fenced code blocks and HTML comments (<!-- ... -->, also <!--- ... -->).
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
LISTS = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))

BULLET = re.compile(r'^\s*(?:>\s*)?(?:[-*+]|\d+[.)])\s+\S')
BOLD = re.compile(r'^\s*(?:\*\*|__|<strong>|<b>)', re.I)
SEP = re.compile(r'^\s*\|?\s*:?-{3,}')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    prev_table_line = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_comment:
            if '-->' in line:
                in_comment = False
            prev_table_line = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if '<!--' in line:
            before = line.split('<!--', 1)[0]
            if '-->' not in line.split('<!--', 1)[1]:
                in_comment = True
            if not before.strip():
                prev_table_line = False
                continue
        if s.startswith('|'):
            nxt = lines[i + 1] if i + 1 < len(lines) else ''
            is_header = (not prev_table_line) and SEP.match(nxt.strip() or 'x') is not None
            if not SEP.match(s) and not is_header:
                out.append(i)
            prev_table_line = True
            continue
        prev_table_line = False
        if s == '<tr>':
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j < len(lines) and 'rowspan' in lines[j]:
                out.append(i)
            continue
        if BULLET.match(line) or BOLD.match(line):
            out.append(i)
    return out


def main():
    rng = random.Random(9121)
    rows = []
    for name in LISTS:
        lines = open(os.path.join(HERE, name), encoding='utf-8').read().split('\n')
        cand = candidates(lines)
        k = min(20, len(cand))
        picked = sorted(rng.sample(cand, k))
        print(name, 'candidates', len(cand), 'sampled', k)
        for i in picked:
            rows.append({'list': name, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
