"""Check every label's raw equals the list file's lines from its line on, and that labels match sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'mismatches', bad, 'not-in-sample', len(got - sample), 'unlabelled-sample', len(sample - got))
