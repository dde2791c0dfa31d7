"""Check labels.jsonl: every raw is the file's text at `line`, the labelled entries are the sampled
ones, and every filled string field (title, arxiv_id, url, code, authors) occurs in its raw."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = [json.loads(l) for l in subprocess.run([sys.executable, os.path.join(HERE, 'sample.py')],
          capture_output=True, text=True).stdout.splitlines()]
bad = 0
for d in labels:
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    raw = d['raw'].split('\n')
    if lines[d['line'] - 1:d['line'] - 1 + len(raw)] != raw:
        print('RAW MISMATCH', d['list'], d['line']); bad += 1
    for k in ('title', 'arxiv_id', 'url', 'code'):
        if d[k] and d[k] not in d['raw']:
            print('NOT IN RAW', k, d['list'], d['line'], d[k]); bad += 1
    for a in d['authors']:
        if a not in d['raw']:
            print('AUTHOR NOT IN RAW', d['list'], d['line'], a); bad += 1
    if not d['is_paper'] and any(d[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'code', 'summary')):
        print('NON-PAPER WITH FIELDS', d['list'], d['line']); bad += 1
got = {(d['list'], d['line'], d['raw']) for d in labels}
want = {(s['list'], s['line'], s['text']) for s in sample}
print('labels', len(labels), 'sample', len(sample), 'same entries and raw:', got == want)
print('problems:', bad)
