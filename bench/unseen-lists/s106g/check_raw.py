"""Check that every label's raw equals the README's lines from its line on,
and that the labelled (list, line) pairs are exactly the sampled ones."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for d in labels:
    if list(d) != KEYS:
        print('bad keys', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        with open(os.path.join(HERE, d['list']), encoding='utf-8') as f:
            cache[d['list']] = f.read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = {(d['list'], d['line']) for d in labels}
if sample != lab:
    print('sample/label sets differ', sample ^ lab); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
