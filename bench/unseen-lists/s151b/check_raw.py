#!/usr/bin/env python3
"""Check every label's raw equals the README's lines from its line on,
and that labels cover exactly the sampled entries in sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
for d in labels:
    if list(d.keys()) != KEYS:
        print('keys differ', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
s1 = {(s['list'], s['line']) for s in sample}
s2 = {(d['list'], d['line']) for d in labels}
if s1 != s2:
    print('sample/label sets differ:', sorted(s1 ^ s2)); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
