"""Check that every label's raw equals the list file's lines from its line on,
and that the labelled (list, line) pairs are exactly the sampled ones."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for r in labels:
    if list(r) != KEYS:
        print('keys differ', r['list'], r['line']); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
want = {(s['list'], s['line']) for s in sample}
have = {(r['list'], r['line']) for r in labels}
if want != have:
    print('sample/labels differ:', sorted(want ^ have)); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
