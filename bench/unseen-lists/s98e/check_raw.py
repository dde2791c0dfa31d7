"""Check every label's raw equals the list file's lines from its line on, and that the
labelled lines are exactly the sampled lines."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for o in labels:
    assert list(o) == KEYS, o['line']
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    n = o['raw'].count('\n') + 1
    want = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n])
    if want != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
got = {(o['list'], o['line']) for o in labels}
if sample != got:
    bad += 1
    print('sample/label line sets differ', sample ^ got)
print(len(labels), 'labels,', bad, 'mismatches')
