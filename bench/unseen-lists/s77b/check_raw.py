#!/usr/bin/env python3
"""Check that every label's raw is the exact text of its file starting at line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().splitlines()
    want = o['raw'].split('\n')
    got = lines[o['line'] - 1:o['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print('checked; mismatches:', bad)
