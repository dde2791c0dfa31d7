"""Check every label's raw equals the file's lines from its line on; also that
title, ids, links and author names are found in raw (catches typing slips)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if want != r['raw']:
        bad += 1
        print('RAW MISMATCH', r['list'], r['line'])
    for key in ('title', 'arxiv_id', 'url', 'code', 'doi'):
        v = r[key]
        if v and v not in r['raw']:
            print('not in raw:', key, r['list'], r['line'], v)
    for a in r['authors']:
        if a not in r['raw']:
            print('author not in raw:', r['list'], r['line'], a)
print('labels', n, 'raw mismatches', bad)
sys.exit(1 if bad else 0)
