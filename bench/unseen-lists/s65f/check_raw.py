"""Check that every label's raw text sits in its file at its line, and matches the sample."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(d['list'], d['line']): d['raw'] for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('NOT AT LINE', d['list'], d['line'])
    if sample.get((d['list'], d['line'])) != d['raw']:
        bad += 1; print('NOT IN SAMPLE', d['list'], d['line'])
print(len(labels), 'labels,', len(sample), 'sampled,', bad, 'problems')
