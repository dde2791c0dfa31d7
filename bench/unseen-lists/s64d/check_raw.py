#!/usr/bin/env python3
"""Check that every label's raw is really in its file, starting at its line, and matches the sample."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
sample = json.loads(subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True, text=True).stdout)
want = {(s['list'], s['line']) for s in sample}
got = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'raw mismatches', bad, 'sample==labels', want == got)
