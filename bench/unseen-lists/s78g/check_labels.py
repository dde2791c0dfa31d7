#!/usr/bin/env python3
"""Check every label's raw sits in its file at line, that the sampled entries and labelled entries
match, and show the line after each multi-line raw (must be blank, a heading or a new entry)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
    if n > 1 or True:
        nxt = lines[d['line'] - 1 + n] if d['line'] - 1 + n < len(lines) else '<EOF>'
        if nxt.strip() and n > 1:
            print('next line after', d['list'], d['line'], '->', nxt[:80])
keys = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'raw mismatches', bad, 'sample-only', sorted(sample - keys), 'label-only', sorted(keys - sample))
