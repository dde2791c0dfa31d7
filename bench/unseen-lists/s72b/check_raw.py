#!/usr/bin/env python3
"""Check every label's raw text sits in its file at `line`, and the drawn set equals sample.json."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in labels:
    L = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(L[d['line']-1:d['line']-1+n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
    if d['is_paper'] and d['title'] and d['title'] not in d['raw']:
        print('title not verbatim', d['list'], d['line'], d['title'])
sample = json.load(open(os.path.join(HERE, 'sample.json')))
for s in sample:
    got = sorted(d['line'] for d in labels if d['list'] == s['list'])
    if got != sorted(s['drawn']):
        bad += 1; print('SAMPLE DIFF', s['list'], set(got) ^ set(s['drawn']))
print(len(labels), 'labels,', bad, 'problems')
