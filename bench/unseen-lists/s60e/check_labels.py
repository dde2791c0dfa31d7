"""Check that every label's raw text sits in its list file at its line, and basic shape."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
n = 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(ln)
    n += 1
    assert list(d) == KEYS, list(d)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    if d['is_paper']:
        t = d['title']
        if t not in d['raw']:
            print('title not verbatim in raw:', d['list'], d['line'], t)
        if d['arxiv_id'] and d['arxiv_id'] not in d['raw']:
            print('arxiv id not in raw:', d['line'], d['arxiv_id'])
        if d['code'] and d['code'] not in d['raw']:
            print('code not in raw:', d['line'], d['code'])
        for a in d['authors']:
            if a not in d['raw']:
                print('author not in raw:', d['line'], a)
    else:
        assert not any(d[k] for k in KEYS[4:13]), d
print(f'{n} labels, {bad} raw mismatches')
