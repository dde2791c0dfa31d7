"""Check every label's raw equals the list file's lines from its line on; and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for o in labels:
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
got = {(o['list'], o['line']) for o in labels}
print('labels', len(labels), 'mismatches', bad, 'sample-not-labelled', len(sample - got), 'labelled-not-sampled', len(got - sample))
