#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
    if d['is_paper']:
        # sanity: title words, arXiv ID, url and code come from the raw text
        if d['arxiv_id'] and d['arxiv_id'] not in d['raw']: print('arxiv?', d['line'])
        for k in ('url', 'code'):
            if d[k] and d[k] not in d['raw']: print(k, '?', d['line'])
        if re.sub(r'\W', '', d['title']) not in re.sub(r'\W', '', d['raw']): print('title?', d['list'], d['line'])
        for a in d['authors']:
            if a not in d['raw']: print('author?', d['line'], a)
        if d['summary'] and d['summary'] not in d['raw']: print('summary?', d['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
