#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on; labels match sample.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line']); bad += 1
    if r['list'] not in cache:
        with open(os.path.join(HERE, r['list']), encoding='utf-8', newline='') as fh:
            cache[r['list']] = fh.read().split('\n')
    lines = cache[r['list']]
    n = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if want != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
    if not r['is_paper'] and any(r[k] for k in KEYS[4:13]):
        print('non-paper with fields', r['list'], r['line']); bad += 1
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(r['list'], r['line']) for r in labels}
if sample != got:
    print('sample/labels differ:', sorted(sample ^ got)); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
