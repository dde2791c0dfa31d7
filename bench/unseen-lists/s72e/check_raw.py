#!/usr/bin/env python3
"""Check that every label's raw text is in its file starting at `line`, and that the
labelled entries are exactly the drawn ones in sample.json."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
drawn = {(r['list'], x['line'], x['raw']) for r in sample for x in r['drawn']}
lab = {(d['list'], d['line'], d['raw']) for d in labels}
print('labels', len(labels), 'raw mismatches', bad, 'drawn-not-labelled', len(drawn - lab), 'labelled-not-drawn', len(lab - drawn))
