#!/usr/bin/env python3
"""Check that every label's raw is really in its file, starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = [x.rstrip('\r') for x in open(os.path.join(HERE, o['list']), encoding='utf-8', newline='').read().split('\n')]
    raw = o['raw'].split('\n')
    got = lines[o['line'] - 1:o['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1; print('MISMATCH', n, o['list'], o['line'])
print('checked', n, 'bad', bad)
