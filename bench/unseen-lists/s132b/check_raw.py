"""Check that every label's raw equals the saved file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
keys = {(d['list'], d['line']) for d in labels}
print(len(labels), 'labels;', bad, 'mismatches;', len(sample - keys), 'sampled entries unlabelled;', len(keys - sample), 'labels not in sample')
sys.exit(1 if bad else 0)
