#!/usr/bin/env python3
"""Check every label: raw is in its file at line; titles/ids/urls/code occur in raw; same entries as sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('RAW MISMATCH', d['list'], d['line']); bad += 1
    for k in ('title', 'arxiv_id', 'url', 'code', 'summary'):
        if d[k] and d[k] not in d['raw']:
            print('NOT IN RAW', k, d['list'], d['line'], d[k])
print('labels', len(labels), 'papers', sum(d['is_paper'] for d in labels), 'bad raw', bad,
      'same entries as sample:', {(d['list'], d['line']) for d in labels} == sample)
