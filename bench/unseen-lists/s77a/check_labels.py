#!/usr/bin/env python3
"""Check every label's raw is in its file at line, and that labels match sample.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
samp = [json.loads(l) for l in open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8')]
bad = 0
for d in labs:
    text = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    got = '\n'.join(text[d['line'] - 1:d['line'] - 1 + d['raw'].count('\n') + 1])
    if got != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
print('labels', len(labs), 'bad raw', bad)
print('same entries as sample:', sorted((d['list'], d['line']) for d in labs) == sorted((s['list'], s['line']) for s in samp))
