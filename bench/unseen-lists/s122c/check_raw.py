"""Check each label's raw equals the README's lines from its line on, and that
labels cover exactly the sampled lines in sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8') if l.strip()]
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for d in labels:
    if list(d) != KEYS:
        print('keys differ', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
want = {(s['list'], s['line']) for s in sample}
got = {(d['list'], d['line']) for d in labels}
if want != got:
    print('sample/label lines differ:', sorted(want ^ got)); bad += 1
print(f'{len(labels)} labels, {bad} mismatches')
