#!/usr/bin/env python3
"""Check that every label's raw is in its file at line, and that labels match the drawn sample."""
import json
labs = [json.loads(l) for l in open('labels.jsonl', encoding='utf-8')]
samp = {(d['list'], d['line']) for d in map(json.loads, open('sample.jsonl', encoding='utf-8'))}
bad = 0
for d in labs:
    ls = open(d['list'], encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(ls[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('RAW MISMATCH', d['list'], d['line'])
    if d['title'] is not None and d['title'] not in d['raw'] and d['title'].replace('\u2019', "'") not in d['raw']:
        print('title not verbatim in raw:', d['line'], d['title'])
    for k in ('url', 'code'):
        if d[k] and d[k] not in d['raw']:
            print(k, 'not in raw:', d['line'], d[k])
    if d['arxiv_id'] and d['arxiv_id'] not in d['raw']:
        print('arxiv not in raw', d['line'])
keys = {(d['list'], d['line']) for d in labs}
print('labels', len(labs), 'raw mismatches', bad, 'sample==labels', keys == samp)
