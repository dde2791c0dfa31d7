"""Check every label's raw equals the README's lines from its line on; also key set and sample coverage."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if list(d.keys()) != KEYS:
        print('keys', d['list'], d['line'], list(d.keys())); bad += 1
    if d['list'] not in cache:
        with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as f:
            cache[d['list']] = f.read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if want != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
got = {(d['list'], d['line']) for d in labels}
if sample != got:
    print('sample/labels differ', sample ^ got); bad += 1
print(len(labels), 'labels,', bad, 'mismatches')
