#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list for s104g.

Candidates: list items (bullets -, *, + and numbered items), table body rows,
lines starting with bold (and headings, but none of the three lists writes papers
as headings). Fenced code and HTML comments are skipped.

A list item nested under another list item (indented deeper than the item it
follows, e.g. "  - Poster Session 3: ..." under a paper bullet) is a
continuation of that entry, not a candidate of its own. A list item that opens
a list (the previous non-blank line is not part of a list item) is a
candidate whatever its indent.

Partial files (two read_file pages) end mid-entry without a final newline; that
cut last line is left out.

One random.Random(10471) generator, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ITEM = re.compile(r'^(\s*)([-*+]|\d+[.)])\s+\S')
TABLE_ROW = re.compile(r'^\s*\|')
TABLE_SEP = re.compile(r'^\s*\|?\s*:?-{3,}')
BOLD = re.compile(r'^\s*\*\*')
N = 20


def candidates(lines, partial):
    out = []
    in_fence = False
    in_comment = False
    item_indent = None  # indent of the list item we are inside, or None
    prev_blank = False
    last = len(lines)
    if partial:
        last -= 1  # cut last line
    for i in range(last):
        line = lines[i]
        s = line.strip()
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            item_indent = None
            continue
        if in_fence:
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if not s:
            prev_blank = True
            continue
        was_blank, prev_blank = prev_blank, False
        m = ITEM.match(line)
        if m:
            ind = len(m.group(1).expandtabs(4))
            if item_indent is not None and ind > item_indent:
                continue  # nested detail of the current entry
            item_indent = ind
            out.append(i)
            continue
        if TABLE_ROW.match(line):
            item_indent = None
            if TABLE_SEP.match(line):
                continue
            # header row = row followed by separator
            if i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1]):
                continue
            out.append(i)
            continue
        if BOLD.match(line):
            item_indent = None
            out.append(i)
            continue
        lead = len(line) - len(line.lstrip(' '))
        if item_indent is not None and lead > item_indent:
            continue  # indented continuation (e.g. "    *authors*")
        if item_indent is not None and not was_blank and not line.startswith('#') and not s.startswith('---'):
            # lazy continuation line of a list item (e.g. a title wrapped onto a new line)
            continue
        item_indent = None
    return out


def main():
    rng = random.Random(10471)
    sources = open(os.path.join(HERE, 'SOURCES.tsv'), encoding='utf-8').read()
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        repo = f[:-len('.README.md')].replace('__', '/', 1)
        partial = any(l.startswith(repo + '\t') and 'partial' in l for l in sources.splitlines())
        text = open(os.path.join(HERE, f), encoding='utf-8').read()
        lines = text.split('\n')
        if text.endswith('\n'):
            lines = lines[:-1]
        cand = candidates(lines, partial)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(f, 'candidates:', len(cand), 'partial:', partial)
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
