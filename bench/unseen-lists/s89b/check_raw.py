"""Check that every label's raw equals the list file's lines from its line on,
and that the labels cover exactly the sampled lines."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
have = {(d['list'], d['line']) for d in labels}
if sample != have:
    bad += 1
    print('sample/label line sets differ:', sorted(sample ^ have))
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for d in labels:
    if list(d) != keys:
        bad += 1
        print('KEYS', d['list'], d['line'])
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
