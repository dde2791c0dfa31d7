#!/usr/bin/env python3
"""Check that every label's raw is in its file at line, and that keys are complete."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    assert list(d) == KEYS, (n, list(d))
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1; print('MISMATCH', n, d['list'], d['line'])
    if d['title'] and d['title'] not in d['raw'].replace('\\infty', '\\infty'):
        print('title not verbatim in raw:', n, d['title'][:60])
print('checked', n, 'labels;', bad, 'mismatches')
