#!/usr/bin/env python3
"""Check that every label's raw text is in its list file, starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    x = json.loads(l)
    lines = open(os.path.join(HERE, x['list']), encoding='utf-8').read().split('\n')
    got = '\n'.join(lines[x['line'] - 1:x['line'] - 1 + x['raw'].count('\n') + 1])
    if got != x['raw']:
        bad += 1; print('MISMATCH', x['list'], x['line'])
print('checked, mismatches:', bad)
