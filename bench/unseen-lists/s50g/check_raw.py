"""Check that every label's raw text is in its file starting at its line, that the labelled
entries are exactly the sampled ones, and (a sanity check only) that each hand-typed title,
arXiv ID, url and code occurs in the raw text."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1; print('RAW MISMATCH', d['list'], d['line'])
    flat = d['raw'].replace('\n', ' ')
    for k in ('title', 'arxiv_id', 'url', 'code'):
        v = d[k]
        if v and v not in flat and v not in d['raw']:
            print('not verbatim in raw:', d['list'][:12], d['line'], k, v)
s = {(r['list'], r['line']) for r in sample}
l = {(r['list'], r['line']) for r in labels}
print('sampled not labelled:', sorted(s - l)); print('labelled not sampled:', sorted(l - s))
print(len(labels), 'labels,', bad, 'raw mismatches')
