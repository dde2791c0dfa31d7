#!/usr/bin/env python3
"""Check every label's raw equals the README's lines from its line on, and that the
labelled entries are exactly the sampled ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for r in labels:
    if list(r) != keys:
        bad += 1
        print('KEYS', r['list'], r['line'])
sampled = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
labelled = {(r['list'], r['line']) for r in labels}
if sampled != labelled:
    bad += 1
    print('SAMPLE/LABEL DIFFER', sorted(sampled ^ labelled))
print(len(labels), 'labels,', bad, 'mismatches')
