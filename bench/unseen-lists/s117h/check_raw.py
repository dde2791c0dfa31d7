"""Check every label's raw equals the list file's lines from its line on; also that sample lines are labelled."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for lab in labels:
    lines = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    n = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1:lab['line'] - 1 + n])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
sample = {(s['list'], s['line']) for s in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
have = {(l['list'], l['line']) for l in labels}
print('labels', len(labels), 'mismatches', bad, 'sample not labelled', len(sample - have), 'extra labels', len(have - sample))
sys.exit(1 if bad or sample != have else 0)
