#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line'], list(r.keys())); bad += 1
    f = r['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', f, r['line'], repr(got[:120]), repr(r['raw'][:120]))
    if not r['is_paper'] and any(r[x] not in (None, []) for x in KEYS[4:13]):
        print('non-paper with fields', f, r['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
