"""Check every label's raw equals the README's lines from its line on; also that every sampled line is labelled."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
for d in labels:
    n += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
keys = {'list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section'}
for d in labels:
    if set(d) != keys:
        bad += 1
        print('KEYS', d['list'], d['line'])
sampled = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
labelled = {(d['list'], d['line']) for d in labels}
print('sampled not labelled:', sorted(sampled - labelled), 'labelled not sampled:', sorted(labelled - sampled))
print(f'{n} labels, {bad} mismatches')
