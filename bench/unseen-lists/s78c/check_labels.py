#!/usr/bin/env python3
"""Check every label: raw is in its file at line, and the labelled entries are exactly the sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
samp = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for r in labs:
    text = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    got = '\n'.join(text[r['line'] - 1: r['line'] - 1 + r['raw'].count('\n') + 1])
    if got != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
    if r['raw'].split('\n')[0] != text[r['line'] - 1]:
        bad += 1
    if not r['is_paper'] and any(r[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary')):
        bad += 1; print('NONPAPER WITH FIELDS', r['list'], r['line'])
    if r['title'] and r['title'] not in r['raw'].replace('\n', ' '):
        print('title not verbatim (check):', r['list'], r['line'], r['title'])
    for k in ('arxiv_id', 'url', 'code', 'doi'):
        if r[k] and r[k] not in r['raw']:
            print(k, 'not in raw (check):', r['list'], r['line'], r[k])
keys = {(r['list'], r['line']) for r in labs}
print('labels', len(labs), 'sample', len(samp), 'same set', keys == samp, 'bad', bad)
print('papers', sum(r['is_paper'] for r in labs))
