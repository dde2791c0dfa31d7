#!/usr/bin/env python3
"""Sample 20 candidate entries a list for hand labelling (round s92a).

One generator, random.Random(9211), lists in sorted file-name order.
Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets -, *, +, numbered 1.) that start an entry:
      - a list item indented 0 or 1 space (top level), or
      - a nested list item that is a table-of-contents anchor link ("](#").
    Other nested list items are details of the entry above them (e.g. the
    lizhe2004 list writes "- <date> <Chinese note>" then "  - [《Title》](arxiv)"
    under it), so they are part of that entry, not candidates of their own.
  * table body rows (not the header row, not the |---| separator row),
  * lines starting with bold (**...).
No list here writes papers as headings, so headings are not candidates.
An entry's raw runs from its line to just before the next candidate, heading,
table row, or a column-0 non-list paragraph that follows a blank line;
trailing blank lines are dropped.  Table rows are one line each.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

LIST_RE = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')
HEAD_RE = re.compile(r'^\s{0,3}#{1,6}\s')


def scan(lines):
    """Return per-line kind: None, 'skip', 'head', 'table', 'tablehead', 'sep', 'entry', 'detail'."""
    kinds = [None] * len(lines)
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if in_fence:
            kinds[i] = 'skip'
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if in_comment:
            kinds[i] = 'skip'
            if '-->' in ln:
                in_comment = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            kinds[i] = 'skip'
            continue
        if s.startswith('<!--'):
            kinds[i] = 'skip'
            if '-->' not in s:
                in_comment = True
            continue
        if HEAD_RE.match(ln):
            kinds[i] = 'head'
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                kinds[i] = 'sep'
            else:
                kinds[i] = 'table'
            continue
        m = LIST_RE.match(ln)
        if m:
            indent = len(m.group(1).expandtabs(4))
            if indent <= 1 or '](#' in ln:
                kinds[i] = 'entry'
            else:
                kinds[i] = 'detail'
            continue
        if s.startswith('**'):
            kinds[i] = 'entry'
    # the row just before a separator row is a header row
    for i, k in enumerate(kinds):
        if k == 'sep' and i > 0 and kinds[i - 1] == 'table':
            kinds[i - 1] = 'tablehead'
    return kinds


def extent(lines, kinds, i):
    if kinds[i] == 'table':
        return [lines[i]]
    out = [lines[i]]
    j = i + 1
    while j < len(lines):
        k = kinds[j]
        ln = lines[j]
        if k in ('entry', 'head', 'table', 'tablehead', 'sep'):
            break
        if ln.strip() and not ln[0].isspace() and k != 'detail' and not lines[j - 1].strip():
            break  # a column-0 paragraph after a blank line ends the list item
        out.append(ln)
        j += 1
    while out and not out[-1].strip():
        out.pop()
    return out


def main():
    rng = random.Random(9211)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        with open(os.path.join(HERE, f), encoding='utf-8') as fh:
            lines = fh.read().split('\n')
        kinds = scan(lines)
        cands = [i for i, k in enumerate(kinds) if k in ('entry', 'table')]
        picked = sorted(rng.sample(cands, min(N, len(cands))))
        for i in picked:
            raw = '\n'.join(extent(lines, kinds, i))
            rows.append({'list': f, 'line': i + 1, 'raw': raw})
        print(f, 'candidates', len(cands), 'sampled', len(picked))
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
