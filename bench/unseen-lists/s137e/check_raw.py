"""Check every label's raw equals the list file's lines from its line on; also that
titles, URLs, code links, DOIs and arXiv IDs of each label occur in its raw text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    r = json.loads(l)
    if list(r) != KEYS:
        print('keys differ on label', n); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if want != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
    for f in ('title', 'url', 'code', 'doi', 'arxiv_id'):
        if r[f] and r[f] not in r['raw']:
            print('not in raw:', r['list'], r['line'], f, r[f])
print('labels', n, 'mismatches', bad)
sys.exit(1 if bad else 0)
