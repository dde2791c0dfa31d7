#!/usr/bin/env python3
"""Check that every label's raw text is found in its list file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    rl = o['raw'].split('\n')
    if lines[o['line'] - 1:o['line'] - 1 + len(rl)] != rl:
        bad += 1
        print('MISMATCH', n, o['list'], o['line'])
print('checked', n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
