"""Check that every label's raw text is in its file starting at its line, and that labels match sample.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
bad = 0
for d in labels:
    text = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(text[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
got = {(d['list'], d['line']) for d in labels}
want = {(s['list'], s['line']) for s in sample}
print('labels', len(labels), 'bad raw', bad, 'missing', sorted(want - got), 'extra', sorted(got - want))
