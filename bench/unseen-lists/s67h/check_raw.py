#!/usr/bin/env python3
"""Check that every label's raw is exactly the file's text starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
print('checked; mismatches:', bad)
