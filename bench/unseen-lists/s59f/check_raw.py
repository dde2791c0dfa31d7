#!/usr/bin/env python3
"""Check that every label's raw text is really in its file, starting at its line,
and that the labelled entries are exactly the entries sample.py draws."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    raw = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
out = subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True, text=True).stdout
drawn = {(l.split('\t')[0], int(l.split('\t')[1])) for l in out.splitlines() if not l.startswith('#')}
have = {(d['list'], d['line']) for d in labels}
print('labels', len(labels), 'raw mismatches', bad, 'drawn-not-labelled', sorted(drawn - have), 'labelled-not-drawn', sorted(have - drawn))
