#!/usr/bin/env python3
"""Check every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print(n, 'labels,', bad, 'mismatches')
