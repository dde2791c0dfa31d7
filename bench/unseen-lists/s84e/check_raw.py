"""Check that every label's raw equals the README's lines from its line on,
and that titles / arXiv IDs / URLs / code links appear verbatim in raw."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    if d['list'] not in cache:
        with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as f:
            cache[d['list']] = f.read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        bad += 1
        print('RAW MISMATCH', d['list'], d['line'])
    for key in ('title', 'arxiv_id', 'url', 'code'):
        v = d.get(key)
        if v and v not in d['raw'].replace('\n', ' ') and v not in d['raw'].replace('\n', ''):
            print('NOT IN RAW', key, d['list'], d['line'], v)
    if not d['is_paper'] and any(d[x] for x in ('title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary')):
        print('NON-PAPER WITH FIELDS', d['list'], d['line'])
print(n, 'labels,', bad, 'raw mismatches')
sys.exit(1 if bad else 0)
