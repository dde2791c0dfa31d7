"""Check every label's raw equals the list file's lines from its line on, and that
the labels cover exactly the sampled lines."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for lab in labels:
    lines = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    n = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
keys = {(l['list'], l['line']) for l in labels}
print('labels', len(labels), 'mismatches', bad, 'missing from labels', len(sample - keys), 'extra', len(keys - sample))
