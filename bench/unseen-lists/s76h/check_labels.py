#!/usr/bin/env python3
"""Check every label's raw is in its file at line, and the labelled set equals the sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'))]
samp = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl')))}
bad = 0
for d in labs:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
got = {(d['list'], d['line']) for d in labs}
print('labels', len(labs), 'bad raw', bad, 'missing from labels', sorted(samp - got), 'extra', sorted(got - samp))
