#!/usr/bin/env python3
"""Check that every label's raw text is in its file, starting at its line."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for lab in labels:
    lines = open(os.path.join(HERE, lab['list']), encoding='utf-8', newline='').read().split('\n')
    raw = lab['raw'].split('\n')
    got = lines[lab['line'] - 1: lab['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
    if not lab['is_paper'] and any(lab[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary')):
        bad += 1
        print('NON-PAPER WITH FIELDS', lab['list'], lab['line'])
print(len(labels), 'labels,', bad, 'problems')
