"""Check that every label's raw text is in its list file at its line, and that labels match sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(d['list'], d['line']) for d in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
got = {(d['list'], d['line']) for d in labels}
print(len(labels), 'labels;', bad, 'raw mismatches;', 'sample match' if got == sample else f'sample differs: {sample ^ got}')
