#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on; and key set."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
cache, bad, n = {}, 0, 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(ln); n += 1
    if list(r) != KEYS:
        print('keys differ', r['list'], r['line'], list(r)); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    want = r['raw'].split('\n')
    got = lines[r['line'] - 1:r['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', r['list'], r['line'], repr(want[:2]), repr(got[:2]))
    if not r['is_paper'] and any(r[k] for k in KEYS[4:13]):
        print('non-paper with fields', r['list'], r['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
