#!/usr/bin/env python3
"""Sample 20 candidate entries per list with random.Random(11481).

Candidates: list items (bullets -,*,+ and numbered), table body rows (not the
header row nor the |---| separator), lines starting with bold (**).  Papers
are never written as headings in these three lists, so headings are not
candidates.  Lines in fenced code blocks and inside HTML comments are skipped.
For a partial file (not ending in a newline) the cut last line is skipped.
"""
import json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(f for f in os.listdir(HERE) if f.endswith('.README.md'))
rng = random.Random(11481)
SEP = re.compile(r'^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$')
ITEM = re.compile(r'^\s*([-*+]|\d+[.)])\s+\S')

out = []
for f in files:
    text = open(os.path.join(HERE, f), encoding='utf-8').read()
    lines = text.split('\n')
    partial = not text.endswith('\n')
    if text.endswith('\n'):
        lines = lines[:-1]
    n = len(lines)
    cands = []
    in_fence = False
    in_comment = False
    for i, ln in enumerate(lines):
        s = ln.strip()
        if partial and i == n - 1:
            break
        if in_comment:
            if '-->' in ln:
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
            if SEP.match(s):
                continue
            nxt = lines[i + 1].strip() if i + 1 < n else ''
            if SEP.match(nxt):  # header row
                continue
            cands.append(i)
        elif ITEM.match(ln) or s.startswith('**'):
            cands.append(i)
    k = min(20, len(cands))
    picked = sorted(rng.sample(cands, k))
    print(f, 'candidates', len(cands), 'picked', k)
    for i in picked:
        out.append({'list': f, 'line': i + 1, 'text': lines[i]})

with open(os.path.join(HERE, 'sample.jsonl'), 'w', encoding='utf-8') as fh:
    for o in out:
        fh.write(json.dumps(o, ensure_ascii=False) + '\n')
