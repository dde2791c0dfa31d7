#!/usr/bin/env python3
"""Check that every label's raw text is in its file, starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', n, d['list'], d['line'])
    for k in ('list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section'):
        assert k in d, (n, k)
print(f'{n} labels checked, {bad} mismatches')
