#!/usr/bin/env python3
"""Check every label: raw is in its file starting at line; the sample and the labels hold the same entries."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for d in labels:
    text = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(text[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('RAW MISMATCH', d['list'], d['line'])
    if d['arxiv_id'] and d['arxiv_id'] not in d['raw']:
        bad += 1; print('ARXIV NOT IN RAW', d['list'], d['line'])
    for k in ('url', 'code'):
        if d[k] and d[k] not in d['raw']:
            bad += 1; print(k.upper(), 'NOT IN RAW', d['list'], d['line'])
    if not d['is_paper'] and any(d[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary')):
        bad += 1; print('NON-PAPER WITH FIELDS', d['list'], d['line'])
keys = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'sample', len(sample), 'same set:', keys == sample, 'problems:', bad)
