"""Check every label's raw equals the README's lines from its line on, and that labels match sample.jsonl."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for r in labels:
    if list(r) != keys:
        print('keys differ', r['list'], r['line']); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    n = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n]) != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(r['list'], r['line']) for r in labels}
if sample != got:
    print('sample/labels differ:', sorted(sample ^ got)); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
