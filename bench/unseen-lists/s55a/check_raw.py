#!/usr/bin/env python3
"""Check that every label's raw is the exact text of its file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for lab in labels:
    lines = open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='').read().split('\n')
    raw = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
