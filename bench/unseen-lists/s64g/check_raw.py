#!/usr/bin/env python3
"""Check that every label's raw is the file's text at its line, and that label strings occur in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    text = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read()
    lines = [x[:-1] if x.endswith('\r') else x for x in text.split('\n')]
    raw = r['raw'].split('\n')
    if lines[r['line'] - 1:r['line'] - 1 + len(raw)] != raw:
        bad += 1; print('RAW MISMATCH', r['list'], r['line'])
    for k in ('title', 'url', 'code', 'arxiv_id', 'doi'):
        if r[k] and r[k] not in r['raw']:
            print('not in raw:', r['list'], r['line'], k, r[k])
    for a in r['authors']:
        if a not in r['raw']:
            print('author not in raw:', r['line'], a)
print('raw mismatches:', bad)
