"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    x = json.loads(l)
    if list(x.keys()) != KEYS:
        print('keys differ at label', n, list(x.keys())); bad += 1
    if x['list'] not in cache:
        cache[x['list']] = open(os.path.join(HERE, x['list']), encoding='utf-8').read().split('\n')
    lines = cache[x['list']]
    k = x['raw'].count('\n') + 1
    want = '\n'.join(lines[x['line'] - 1:x['line'] - 1 + k])
    if want != x['raw']:
        print('MISMATCH', x['list'], x['line']); print(' label:', repr(x['raw'])); print(' file :', repr(want)); bad += 1
    if not x['is_paper'] and any(x[f] for f in KEYS[4:13]):
        print('non-paper with fields', x['list'], x['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
