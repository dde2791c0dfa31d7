#!/usr/bin/env python3
"""Check that every label's raw is the exact source text of its file starting at its line (CR of CRLF ends ignored)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as f:
        lines = [x.rstrip('\r') for x in f.read().split('\n')]
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
print(n, 'labels,', bad, 'mismatches')
