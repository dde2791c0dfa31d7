#!/usr/bin/env python3
"""Check that every label's raw is in its file at its line, and that key fields occur in raw."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        print('RAW MISMATCH', d['list'], d['line']); bad += 1
    for key in ('title', 'arxiv_id', 'url', 'code'):
        if d[key] and d[key] not in d['raw']:
            print('NOT IN RAW', key, d['list'], d['line'], d[key][:60])
    for a in d['authors']:
        if a not in d['raw']:
            print('AUTHOR NOT IN RAW', d['list'], d['line'], a)
    if d['summary'] and d['summary'] not in d['raw']:
        print('SUMMARY NOT VERBATIM', d['list'], d['line'])
print('labels checked; raw mismatches:', bad)
