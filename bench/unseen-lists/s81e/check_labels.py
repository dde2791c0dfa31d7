#!/usr/bin/env python3
"""Check every label's raw is in its file at line, and labels match the sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
S = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
L = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in L:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1; print('MISMATCH', d['list'], d['line'])
keys = {(d['list'], d['line']) for d in L}
print(len(L), 'labels;', bad, 'mismatches; sample == labels:', keys == S, '; duplicates:', len(keys) != len(L))
