#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', n, d['list'], d['line'])
    if not d['is_paper']:
        assert all(d[k] in (None, []) for k in ('title','arxiv_id','doi','url','venue','year','authors','code','summary')), n
print('labels checked, mismatches:', bad)
