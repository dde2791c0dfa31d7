#!/usr/bin/env python3
"""Check that every label's raw is the file's text at its line, and titles/IDs/links appear in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1; print('RAW MISMATCH', n, r['list'], r['line'])
    for key in ('title', 'arxiv_id', 'url', 'code'):
        if r[key] and r[key] not in r['raw']:
            bad += 1; print('NOT IN RAW', n, key, r[key])
print('checked', n, 'labels,', bad, 'problems')
