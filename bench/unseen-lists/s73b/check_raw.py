#!/usr/bin/env python3
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
sample = {d['list']: set(d['drawn']) for d in json.load(open(os.path.join(HERE, 'sample.json')))}
bad = 0; seen = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line']-1:d['line']-1+n]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
    seen.setdefault(d['list'], set()).add(d['line'])
for k, v in sample.items():
    if seen.get(k) != v:
        print('SAMPLE DIFF', k, sorted(v ^ seen.get(k, set()))); bad += 1
print('ok' if not bad else f'{bad} problems')
