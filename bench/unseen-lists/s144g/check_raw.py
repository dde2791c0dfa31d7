"""Check every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line']); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if want != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
