#!/usr/bin/env python3
"""Check that every label's raw text is exactly the file's lines starting at `line` (CR of CRLF ignored)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
for d in labels:
    if d['list'] not in cache:
        text = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read()
        cache[d['list']] = [l.rstrip('\r') for l in text.split('\n')]
    lines = cache[d['list']]
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
keys = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
for d in labels:
    if list(d) != keys:
        bad += 1; print('KEYS', d['list'], d['line'])
print(len(labels), 'labels,', bad, 'problems')
sys.exit(1 if bad else 0)
