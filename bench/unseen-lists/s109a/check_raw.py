#!/usr/bin/env python3
"""Check that every label's raw equals the list file's lines from its line on
(lines split on LF, a trailing CR dropped), and that labels match sample.jsonl."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def lines_of(name):
    with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
        text = f.read()
    return [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]


KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if list(d) != KEYS:
        print('keys differ', d['list'], d['line']); bad += 1
    L = lines_of(d['list'])
    want = d['raw'].split('\n')
    got = L[d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
        for a, b in zip(want, got):
            if a != b:
                print('  label:', repr(a)); print('  file: ', repr(b))
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = {(d['list'], d['line']) for d in labels}
if sample != lab:
    bad += 1
    print('sample/labels differ:', sorted(sample ^ lab))
print(f'{len(labels)} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
