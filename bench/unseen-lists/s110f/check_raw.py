"""Check every label's raw equals the list file's lines from its line on, and keys are exactly right."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache = {}
bad = 0
n = 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(ln)
    n += 1
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line'], list(r.keys()))
        bad += 1
    f = r['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    lines = cache[f]
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1: r['line'] - 1 + k])
    if got != r['raw']:
        bad += 1
        print('MISMATCH', f, r['line'])
        print('  label:', repr(r['raw'][:200]))
        print('  file :', repr(got[:200]))
    if not r['is_paper'] and any(r[k2] for k2 in KEYS[4:13]):
        print('non-paper with fields', f, r['line'])
        bad += 1
print(n, 'labels,', bad, 'mismatches')
