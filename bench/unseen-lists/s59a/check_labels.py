#!/usr/bin/env python3
"""Check that every label's raw is the file's text starting at its line, and that
title / arxiv_id / url / code strings occur in the raw (a consistency check, not a labeller)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for e in labels:
    assert list(e) == KEYS, list(e)
    lines = open(os.path.join(HERE, e['list']), encoding='utf-8', newline='').read().split('\n')
    raw = e['raw'].split('\n')
    if lines[e['line'] - 1:e['line'] - 1 + len(raw)] != raw:
        print('RAW MISMATCH', e['list'], e['line']); bad += 1
    for k in ('title', 'arxiv_id', 'url', 'code'):
        if e[k] and e[k] not in e['raw']:
            print('NOT IN RAW', k, e['list'], e['line'], e[k]); bad += 1
    if not e['is_paper'] and any(e[k] for k in KEYS[4:] if k != 'section'):
        print('NON-PAPER WITH FIELDS', e['list'], e['line']); bad += 1
print(len(labels), 'labels,', bad, 'problems;', sum(e['is_paper'] for e in labels), 'papers')
