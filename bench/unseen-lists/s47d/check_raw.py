#!/usr/bin/env python3
"""Check that every label's raw text stands in its file at its line, and that the labelled
entries are exactly the entries sample.py draws."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
out = subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True, text=True).stdout
drawn = {(l.split('\t')[0], int(l.split('\t')[1])) for l in out.splitlines() if '\t' in l}
have = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'papers', sum(d['is_paper'] for d in labels), 'raw mismatches', bad)
print('drawn but not labelled', sorted(drawn - have))
print('labelled but not drawn', sorted(have - drawn))
