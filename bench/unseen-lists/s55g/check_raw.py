#!/usr/bin/env python3
"""Check that every label's raw text sits in its list file starting at its line,
and that the labelled (list, line) pairs are exactly the sampled ones."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = json.load(open(os.path.join(HERE, 'sample.json'), encoding='utf-8'))
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
want = {(s['list'], s['line']) for s in sample}
got = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'raw mismatches', bad, 'sample==labels', want == got, 'dupes', len(labels) - len(got))
for name in sorted({d['list'] for d in labels}):
    ps = [d for d in labels if d['list'] == name]
    print(name, 'papers', sum(d['is_paper'] for d in ps), 'non-papers', sum(not d['is_paper'] for d in ps))
