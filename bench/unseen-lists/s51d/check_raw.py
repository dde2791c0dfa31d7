#!/usr/bin/env python3
"""Check that every label's raw text is really in its file at its line, and that
titles, links and IDs it names appear in the raw text."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        print('RAW MISMATCH', n, d['list'], d['line']); bad += 1
    for f in ('title', 'url', 'code', 'arxiv_id'):
        if d[f] and d[f] not in d['raw']:
            print('NOT IN RAW', n, f, d[f]); bad += 1
    for a in d['authors']:
        if a.split()[-1] not in d['raw']:
            print('AUTHOR?', n, a); bad += 1
print('checked', n, 'labels;', bad, 'problems')
