"""Check every label's raw equals the file's lines from its line on, and that the
labels cover exactly the sampled lines."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
cache = {}
for d in labels:
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    n = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
lab = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'mismatches', bad, 'sample-not-labelled', len(sample - lab), 'labelled-not-sampled', len(lab - sample))
