#!/usr/bin/env python3
"""Check that every label's `raw` is really in its list file starting at `line`,
and that the keys are exactly the required ones."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
n = 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(ln)
    n += 1
    if list(d) != KEYS:
        print('keys', d['list'], d['line'], list(d)); bad += 1
    lines = cache.setdefault(d['list'], open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n'))
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        print('MISMATCH', d['list'], d['line']); bad += 1
    if not d['is_paper'] and any(d[k] for k in KEYS[4:13]):
        print('non-paper with fields', d['list'], d['line']); bad += 1
print(f'{n} labels checked, {bad} problems')
