"""Check every label: raw equals the file's lines from `line` on, and the
labelled values that are copied from the entry (arXiv ID, url, code, authors, title words)
really occur in its raw text."""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    probs = []
    if want != d['raw']:
        probs.append('raw mismatch')
    flat = re.sub(r'\s+', ' ', d['raw'])
    for key in ('arxiv_id', 'url', 'code'):
        if d[key] and d[key] not in d['raw']:
            probs.append(key + ' not in raw')
    for a in d['authors']:
        if a not in flat:
            probs.append('author not in raw: ' + a)
    if d['title'] and d['title'] not in flat:
        probs.append('title not verbatim in raw')
    if probs:
        bad += 1
        print(d['list'], d['line'], probs)
print(n, 'labels,', bad, 'mismatches')
