"""Check that every label's raw equals the README's lines from its line on,
and that the labelled (list, line) pairs are exactly the sampled ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache, bad = {}, 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if list(d) != KEYS:
        print('keys', d['list'], d['line'], list(d)); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(d['list'], d['line']) for d in labels}
if sample != got:
    print('sample/label sets differ', sample ^ got); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
