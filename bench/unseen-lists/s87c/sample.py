#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list with random.Random(8731).

Candidate lines (fenced code and HTML comments skipped):
  * list items (bullets -, *, + or numbered 1. / 1));
  * table body rows (lines starting with '|' that are neither the header row
    (the row directly above a separator row) nor the separator row itself);
  * lines starting with bold ('**'), but only where they begin a paragraph
    (previous line blank, a heading, or the start of the file): in the wd1511
    list a bold line such as '**Image Style Transfer**, Shanghai University <br>'
    inside an entry is a continuation line of the entry that began with the bold
    title, not an entry of its own;
  * lines whose first non-blank text is a '[📄' link: the xinchengshuai list writes
    each paper as its own paragraph '  [📄 Title](url) | 📖 Venue | ...', neither a
    bullet nor a table row (the same role as 'papers written as headings').
One generator for all lists, lists in sorted file-name order.
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
N = 20

BULLET = re.compile(r'^\s*(?:[-*+]|\d+[.)])\s+')
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    for i, line in enumerate(lines):
        s = line.strip()
        if in_fence:
            if s.startswith('```') or s.startswith('~~~'):
                in_fence = False
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = True
            continue
        if in_comment:
            if '-->' in line:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        prev = lines[i - 1].strip() if i > 0 else ''
        nxt = lines[i + 1] if i + 1 < len(lines) else ''
        if BULLET.match(line):
            out.append(i)
        elif s.startswith('|'):
            if SEP.match(s) and '-' in s:
                continue
            if SEP.match(nxt.strip()) and '-' in nxt:
                continue  # header row
            out.append(i)
        elif s.startswith('**'):
            if prev == '' or prev.startswith('#'):
                out.append(i)
        elif s.startswith('[📄'):
            out.append(i)
    return out


def main():
    rng = random.Random(8731)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
    rows = []
    for f in files:
        text = open(os.path.join(HERE, f), encoding='utf-8', newline='').read()
        lines = text.split('\n')
        cand = candidates(lines)
        pick = sorted(rng.sample(cand, min(N, len(cand))))
        print(f, 'candidates:', len(cand), 'sampled:', len(pick))
        for i in pick:
            rows.append({'list': f, 'line': i + 1, 'text': lines[i]})
    with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
