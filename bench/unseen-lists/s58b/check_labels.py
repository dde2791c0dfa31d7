#!/usr/bin/env python3
"""Check that every label's raw is the exact source text at its line, and that the
hand-written title / arxiv_id / code / url / doi can be found in the raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, s in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(s)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        print('RAW MISMATCH', n, d['list'], d['line']); bad += 1
    flat = d['raw'].replace('\n', ' ')
    for f in ('title', 'arxiv_id', 'code', 'url', 'doi'):
        v = d.get(f)
        if v and v not in flat:
            print(f'{f} not verbatim in raw: line {n} {d["list"][:12]}:{d["line"]} {v!r}')
print('checked, raw mismatches:', bad)
