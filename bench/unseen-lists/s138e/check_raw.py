"""Check every label's raw equals the README's lines from its line on; and that each sampled line is covered."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for d in labels:
    if list(d) != keys:
        bad += 1; print('KEYS', d['list'], d['line'])
# every sampled line lies inside some label's raw span
spans = {(d['list'], l) for d in labels for l in range(d['line'], d['line'] + d['raw'].count('\n') + 1)}
for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'):
    s = json.loads(l)
    if (s['list'], s['line']) not in spans:
        bad += 1; print('UNCOVERED', s['list'], s['line'])
print(len(labels), 'labels,', bad, 'mismatches')
