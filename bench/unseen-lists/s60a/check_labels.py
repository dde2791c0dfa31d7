#!/usr/bin/env python3
"""Check that every label's raw text is exactly the file's lines starting at `line`,
and that every label has exactly the expected keys."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    if list(d) != KEYS:
        print('keys', d['list'], d['line']); bad += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(raw)]
    if got != raw:
        print('MISMATCH', d['list'], d['line']); bad += 1
    if not d['is_paper'] and any(d[k] for k in KEYS[4:13]):
        print('non-paper with fields', d['list'], d['line']); bad += 1
print(f'{n} labels, {bad} problems')
sys.exit(1 if bad else 0)
