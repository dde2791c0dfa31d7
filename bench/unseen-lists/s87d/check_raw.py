"""Check every label's raw equals the list file's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
    for row in fh:
        r = json.loads(row)
        n += 1
        if list(r) != KEYS:
            print('keys differ', r['list'], r['line'])
            bad += 1
        f = r['list']
        if f not in cache:
            with open(os.path.join(HERE, f), encoding='utf-8', newline='') as lf:
                cache[f] = lf.read().split('\n')
        lines = cache[f]
        k = r['raw'].count('\n') + 1
        got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
        if got != r['raw']:
            bad += 1
            print('MISMATCH', f, r['line'])
print(n, 'labels,', bad, 'mismatches')
