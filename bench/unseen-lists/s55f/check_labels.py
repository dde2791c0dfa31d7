#!/usr/bin/env python3
"""Check labels.jsonl: every raw is in its file at line; labelled lines == sampled lines;
labelled arXiv IDs, URLs, code links and titles appear in the raw text; keys complete."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list','line','raw','is_paper','title','arxiv_id','doi','url','venue','year','authors','code','summary','section']
def lines_of(name):
    t = open(os.path.join(HERE, name), encoding='utf-8', newline='').read()
    return [l[:-1] if l.endswith('\r') else l for l in t.split('\n')]
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')],
          capture_output=True, text=True).stdout.splitlines()]
problems = 0
def bad(msg):
    global problems; problems += 1; print('PROBLEM', msg)
if sorted((s['list'], s['line']) for s in sample) != sorted((l['list'], l['line']) for l in labels):
    bad('labelled lines differ from sampled lines')
for lab in labels:
    where = f"{lab['list']}:{lab['line']}"
    if list(lab) != KEYS: bad(f'{where} keys {list(lab)}')
    L = lines_of(lab['list'])
    raw = lab['raw'].split('\n')
    if L[lab['line']-1:lab['line']-1+len(raw)] != raw: bad(f'{where} raw not at line')
    if lab['is_paper']:
        for k in ('arxiv_id', 'url', 'code'):
            if lab[k] and lab[k] not in lab['raw']: bad(f'{where} {k} not in raw')
        if lab['title'] not in lab['raw']: bad(f'{where} title not in raw')
        for a in lab['authors'] or []:
            if a not in lab['raw']: bad(f'{where} author {a} not in raw')
    else:
        if any(lab[k] for k in KEYS[4:13]): bad(f'{where} non-paper with fields')
print(len(labels), 'labels,', problems, 'problems')
