#!/usr/bin/env python3
"""Check that every label's raw text is found in its file starting at its line."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(D, d['list']), encoding='utf-8').read().split('\n')
    r = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(r)] != r:
        bad += 1
        print('MISMATCH', n, d['list'], d['line'])
print('checked', n, 'labels;', bad, 'mismatches')
