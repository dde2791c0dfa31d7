#!/usr/bin/env python3
"""Check labels.jsonl: every raw sits in its file at `line`, the labelled entries are exactly
the sampled ones, and every arXiv ID, URL, code link and title is present in its raw text."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    n = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + n]) != d['raw']:
        print('RAW MISMATCH', d['list'], d['line']); bad += 1
    for k in ('arxiv_id', 'url', 'code', 'title'):
        if d.get(k) and d[k] not in d['raw']:
            print('NOT IN RAW', k, d['list'], d['line'], d[k]); bad += 1
    if not d['is_paper'] and any(d[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary')):
        print('NON-PAPER WITH FIELDS', d['list'], d['line']); bad += 1
sample = subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')], capture_output=True, text=True).stdout
want = {(s['list'], s['line']) for s in map(json.loads, sample.split('\n')[:-1])}
got = {(d['list'], d['line']) for d in labels}
if want != got:
    print('SAMPLE/LABEL MISMATCH', sorted(want ^ got)); bad += 1
print(f'{len(labels)} labels, {sum(d["is_paper"] for d in labels)} papers, problems: {bad}')
