"""Check that every label's raw equals the list file's lines from its line on,
and that every sampled line (sample.jsonl) has exactly one label."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad = {}, 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().splitlines()
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
samp = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = [(d['list'], d['line']) for d in labels]
if set(lab) != samp or len(lab) != len(set(lab)):
    bad += 1
    print('sample/label mismatch', samp ^ set(lab))
print(len(labels), 'labels,', bad, 'mismatches')
