#!/usr/bin/env python3
"""Check that every label's raw equals the file's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    f = r['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    k = r['raw'].count('\n') + 1
    got = '\n'.join(cache[f][r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', f, r['line'])
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
