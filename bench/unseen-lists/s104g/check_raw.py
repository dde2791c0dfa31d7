#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on,
and that the labels cover exactly the sampled lines."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    if list(r) != KEYS:
        print('keys differ', r['list'], r['line'], list(r))
        bad += 1
    f = r['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        print('MISMATCH', f, r['line'])
        bad += 1
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
have = {(r['list'], r['line']) for r in labels}
if sample != have:
    print('sample/label line sets differ:', sorted(sample ^ have))
    bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
