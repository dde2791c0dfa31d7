#!/usr/bin/env python3
"""Sample 20 candidate entry lines per list (all if fewer) with one random.Random(9731).

Candidates: list items (bullets, numbered), table body rows (rows after a |---| separator),
lines starting with bold. Fenced code and HTML comments are skipped. None of these lists
writes papers as headings, so headings are not candidates.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(9731)
LIST_RE = re.compile(r'^\s*(?:[*+-]|\d+[.)])\s+\S')
BOLD_RE = re.compile(r'^\s*\*\*\S')
SEP_RE = re.compile(r'^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$')


def candidates(lines):
    out = []
    in_fence = False
    in_comment = False
    in_table = False
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if in_comment:
            if '-->' in s:
                in_comment = False
            continue
        if s.startswith('<!--'):
            if '-->' not in s:
                in_comment = True
            continue
        if s.startswith('```') or s.startswith('~~~'):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if s.startswith('|'):
            if SEP_RE.match(s):
                in_table = True
                continue
            if in_table:
                out.append(i)
            continue
        in_table = False
        if LIST_RE.match(ln) or BOLD_RE.match(ln):
            out.append(i)
    return out


rows = []
for name in sorted(f for f in os.listdir(HERE) if f.endswith('.README.md')):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    cands = candidates(lines)
    pick = cands if len(cands) <= 20 else sorted(rng.sample(cands, 20))
    print(name, 'candidates', len(cands), 'picked', len(pick))
    for ln in pick:
        rows.append({'list': name, 'line': ln, 'text': lines[ln - 1]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
