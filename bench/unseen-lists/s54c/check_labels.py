#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line, and the keys are right."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
sample = json.load(open(os.path.join(HERE, 'sample.json')))
seen = set()
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    if list(d) != KEYS:
        print('keys', n, list(d)); bad += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        print('raw mismatch', d['list'], d['line']); bad += 1
    if not d['is_paper'] and any(d[k] for k in KEYS[4:13]):
        print('non-paper with fields', d['list'], d['line']); bad += 1
    seen.add((d['list'], d['line']))
want = {(f, x) for f, xs in sample.items() for x in xs}
if want != seen:
    print('sample/labels differ', want ^ seen); bad += 1
print('labels', len(seen), 'problems', bad)
sys.exit(1 if bad else 0)
