#!/usr/bin/env python3
"""Check every label's raw is the file's text at its line, and that labels match the sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in labs:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
sample = json.load(open(os.path.join(HERE, 'sample.json')))
want = {(s['list'], x) for s in sample for x in s['drawn']}
have = {(d['list'], d['line']) for d in labs}
print('labels', len(labs), 'raw mismatches', bad, 'sample-only', sorted(want - have), 'label-only', sorted(have - want))
