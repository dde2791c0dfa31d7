#!/usr/bin/env python3
"""Check that every label's raw text sits in its file at its line, and that labels match sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for d in labels:
    text = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    got = '\n'.join(text[d['line'] - 1:d['line'] - 1 + d['raw'].count('\n') + 1])
    if got != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
print(len(labels), 'labels,', bad, 'mismatches; sample match:', {(d['list'], d['line']) for d in labels} == sample)
