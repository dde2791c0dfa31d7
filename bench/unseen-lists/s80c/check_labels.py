#!/usr/bin/env python3
"""Check every label: raw sits in its file at line; title, arXiv ID, code and url appear in raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    if list(d) != KEYS:
        print(n, 'keys', list(d)); bad += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        print(n, 'raw not at line', d['list'], d['line']); bad += 1
    for k in ('title', 'arxiv_id', 'code', 'url', 'doi', 'summary'):
        if d[k] and d[k] not in d['raw']:
            print(n, k, 'not in raw:', d[k][:80]); bad += 1
print('checked', n, 'labels;', bad, 'problems')
