#!/usr/bin/env python3
"""Check that every label's raw text is in its file, starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'], file=sys.stderr)
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
