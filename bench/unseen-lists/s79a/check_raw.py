"""Check that every label's raw is in its file at its line, and that the labels match the sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for r in labels:
    text = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    if '\n'.join(text[r['line'] - 1:r['line'] - 1 + n]) != r['raw'] or not r['raw'].strip():
        bad += 1; print('BAD', r['list'], r['line'])
    if r['is_paper'] and r['title'] and r['title'] not in r['raw']:
        print('title not verbatim in raw:', r['list'], r['line'], r['title'])
    if r['arxiv_id'] and r['arxiv_id'] not in r['raw']:
        print('arxiv id not in raw:', r['list'], r['line'])
    for k in ('url', 'code'):
        if r[k] and r[k] not in r['raw']:
            print(k, 'not in raw:', r['list'], r['line'])
keys = {(r['list'], r['line']) for r in labels}
print(len(labels), 'labels,', bad, 'bad raw; sample match:', keys == sample, len(keys))
