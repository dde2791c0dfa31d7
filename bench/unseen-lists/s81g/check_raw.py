#!/usr/bin/env python3
"""Check that every label's raw text is in its file, starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    raw = o['raw'].split('\n')
    if lines[o['line']-1:o['line']-1+len(raw)] != raw:
        bad += 1; print('MISMATCH', n, o['list'], o['line'])
    if o['is_paper'] is False and any(o[k] for k in ('title','arxiv_id','doi','url','venue','year','authors','code','summary')):
        bad += 1; print('NONPAPER HAS FIELDS', n)
print('checked', n, 'labels,', bad, 'problems')
sys.exit(1 if bad else 0)
