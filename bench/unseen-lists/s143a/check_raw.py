#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(row)
    n += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().splitlines()
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
