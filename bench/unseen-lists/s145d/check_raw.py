#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for lab in labels:
    if list(lab) != KEYS:
        print('keys differ', lab['list'], lab['line']); bad += 1
    f = lab['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    n = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', f, lab['line'])
print(f'{len(labels)} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
