"""Check that every label's raw equals the README's lines from its line on,
and that the labelled (list, line) pairs are exactly the sampled ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for r in labels:
    if list(r) != keys:
        print('KEYS', r['list'], r['line'], list(r)); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
s1 = sorted((s['list'], s['line']) for s in sample)
s2 = sorted((r['list'], r['line']) for r in labels)
if s1 != s2:
    print('SAMPLE/LABEL sets differ', set(s1) ^ set(s2)); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
