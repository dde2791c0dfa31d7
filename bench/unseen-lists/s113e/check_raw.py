#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines starting at its 1-based line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    if not ln.strip():
        continue
    d = json.loads(ln)
    n += 1
    if list(d) != KEYS:
        print('bad keys', d['list'], d['line'], list(d)); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(raw)]
    if got != raw:
        print('MISMATCH', d['list'], d['line']); bad += 1
    if not d['is_paper'] and any(d[k] not in (None, []) for k in KEYS[4:13]):
        print('non-paper with fields', d['list'], d['line']); bad += 1
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
