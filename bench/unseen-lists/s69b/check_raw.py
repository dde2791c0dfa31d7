#!/usr/bin/env python3
"""Check that every label's raw text sits in its file at its 1-based line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    raw = o['raw'].split('\n')
    if lines[o['line'] - 1:o['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', n, o['list'], o['line'])
print('checked', n, 'labels,', bad, 'mismatches')
