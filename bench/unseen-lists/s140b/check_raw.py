"""Check every label's raw equals the file's lines from its line on, and labels cover sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for r in labels:
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
sample = {(json.loads(l)['list'], json.loads(l)['line']) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')}
lab = {(r['list'], r['line']) for r in labels}
print('labels', len(labels), 'sample', len(sample), 'missing from labels', sorted(sample - lab), 'extra', sorted(lab - sample))
print('mismatches', bad)
