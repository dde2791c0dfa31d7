#!/usr/bin/env python3
"""Check labels.jsonl: keys complete and in order, every raw is in its file
starting at its line (lines compared without a trailing CR, since
weihui1308__PAA.README.md is saved with CRLF line endings as read_file gave it),
no duplicates, non-papers have only section, and the labelled lines are exactly
the lines drawn by sample.py (sample.json)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = n = 0
seen = set()
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    if list(d) != KEYS:
        print('KEYS', d['list'], d['line']); bad += 1
    with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as fh:
        lines = [x[:-1] if x.endswith('\r') else x for x in fh.read().split('\n')]
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(raw)]
    if got != raw:
        print('MISMATCH', d['list'], d['line']); bad += 1
    key = (d['list'], d['line'])
    if key in seen:
        print('DUP', key); bad += 1
    seen.add(key)
    if not d['is_paper'] and any(d[k] for k in KEYS[4:13]):
        print('non-paper with fields', key); bad += 1
    if d['is_paper'] and not d['title']:
        print('paper without title', key); bad += 1
sample = json.load(open(os.path.join(HERE, 'sample.json')))
want = {(f, x) for f, xs in sample.items() for x in xs}
print('labels', n, 'bad', bad, 'sample match', want == seen)
