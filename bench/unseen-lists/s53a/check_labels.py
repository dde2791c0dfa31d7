#!/usr/bin/env python3
"""Check that every label's raw text is in its file, starting at its line, and keys are complete."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
n = 0
seen = set()
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    assert list(d) == KEYS, d.keys()
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    text = '\n'.join(lines[d['line'] - 1:])
    if not text.startswith(d['raw']) or not (d['raw'] + '\n' == text[:len(d['raw']) + 1] or text == d['raw']):
        print('MISMATCH', d['list'], d['line']); bad += 1
    if (d['list'], d['line']) in seen:
        print('DUP', d['list'], d['line']); bad += 1
    seen.add((d['list'], d['line']))
    if not d['is_paper'] and any(d[k] for k in KEYS[4:13]):
        print('non-paper with fields', d['list'], d['line']); bad += 1
sample = json.load(open(os.path.join(HERE, 'sample.json')))
want = {(f, x) for f, xs in sample.items() for x in xs}
print('labels', n, 'bad', bad, 'sample match', want == seen)
