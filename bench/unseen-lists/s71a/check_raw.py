#!/usr/bin/env python3
"""Check every label's raw text is in its file at its line, and labels match sample.json draws."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line']-1:d['line']-1+n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
sample = json.load(open(os.path.join(HERE, 'sample.json')))
want = {(s['list'], ln) for s in sample for ln in s['drawn']}
have = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'raw mismatches', bad, 'missing', sorted(want - have), 'extra', sorted(have - want))
