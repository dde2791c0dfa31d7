"""Check every label's raw equals the README's lines from its line on (and that
title / ids / links of each label occur in its raw text)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('RAW MISMATCH', d['list'], d['line'])
    for key in ('title', 'arxiv_id', 'url', 'code'):
        v = d.get(key)
        if v and v not in d['raw']:
            print('NOTE: %s not verbatim in raw' % key, d['list'], d['line'], v[:60])
print('%d labels, %d raw mismatches' % (n, bad))
sys.exit(1 if bad else 0)
