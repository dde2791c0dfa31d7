#!/usr/bin/env python3
"""Check that every label's raw is the file's text at line (1-based), and that labels match sample.tsv."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labs:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
samp = set()
for l in open(os.path.join(HERE, 'sample.tsv'), encoding='utf-8'):
    if l.startswith('#'): continue
    p = l.split('\t'); samp.add((p[0], int(p[1])))
got = {(d['list'], d['line']) for d in labs}
print('labels', len(labs), 'raw mismatches', bad, 'sample==labels', samp == got, 'missing', samp - got, 'extra', got - samp)
