"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(ln)
    n += 1
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line']); bad += 1
    f = r['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if got != r['raw']:
        print('MISMATCH', f, r['line']); bad += 1
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
