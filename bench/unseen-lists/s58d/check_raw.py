"""Check that every label's raw text sits in its list file starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', n, d['list'], d['line'])
    if not d['is_paper'] and any(d[k] for k in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary')):
        bad += 1
        print('NON-PAPER WITH FIELDS', n)
print('labels checked, problems:', bad)
sys.exit(1 if bad else 0)
