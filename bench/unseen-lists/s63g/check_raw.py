#!/usr/bin/env python3
"""Check that every label's raw text is in its file starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in rows:
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(len(rows), 'labels,', bad, 'mismatches')
