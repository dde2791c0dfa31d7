#!/usr/bin/env python3
"""Check that every label's raw text is exactly the file's lines starting at label line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for o in rows:
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    n = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n]) != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print(f'{len(rows)} labels, {bad} mismatches')
