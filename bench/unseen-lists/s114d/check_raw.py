"""Check that every label's raw equals the file's lines from its line on,
that labels cover exactly the sampled lines, and that the extracted strings
(title, arXiv ID, url, code) occur in the raw text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
sample = {(r['list'], r['line']) for r in map(json.loads, open(os.path.join(HERE, 'sample.jsonl'), encoding='utf-8'))}
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
files = {}
bad = 0
for r in labels:
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line']); bad += 1
    lines = files.setdefault(r['list'], open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n'))
    n = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if want != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
    for k in ('title', 'arxiv_id', 'url', 'code'):
        v = r[k]
        if v and v not in r['raw']:
            print('not in raw:', k, r['list'], r['line'], v); bad += 1
got = {(r['list'], r['line']) for r in labels}
if got != sample:
    print('labels vs sample differ:', sorted(got ^ sample)); bad += 1
print(f'{len(labels)} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
