#!/usr/bin/env python3
"""Check that every label's raw text is in its list file starting at its line, and that
every sampled entry (sample.json) is labelled once."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
sample = json.load(open(os.path.join(HERE, 'sample.json')))
seen = set(); bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1; print('MISMATCH', n, d['list'], d['line'])
    seen.add((d['list'], d['line']))
want = {(k, v) for k, e in sample.items() for v in e['entries']}
print('labels', n, 'raw mismatches', bad, 'missing', sorted(want - seen), 'extra', sorted(seen - want))
