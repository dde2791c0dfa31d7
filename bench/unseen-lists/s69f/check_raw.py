#!/usr/bin/env python3
"""Check that every label's raw text is in its list file at its line, and titles/ids occur in raw."""
import json, os
D = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    lines = open(os.path.join(D, o['list']), encoding='utf-8').read().split('\n')
    r = o['raw'].split('\n')
    if lines[o['line'] - 1:o['line'] - 1 + len(r)] != r:
        bad += 1; print('RAW MISMATCH', o['list'], o['line'])
    for k in ('title', 'arxiv_id', 'url', 'code'):
        if o[k] and o[k] not in o['raw']:
            print('not verbatim in raw:', k, o['list'], o['line'], o[k][:60])
print('raw mismatches:', bad)
