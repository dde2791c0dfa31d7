"""Check that every label's raw equals the list file's lines from its line on, and the key set is exact."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
cache, bad, n = {}, 0, 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(ln)
    n += 1
    if list(r) != KEYS:
        print('keys differ', r['list'], r['line'], list(r)); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1: r['line'] - 1 + k])
    if got != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
    if not r['is_paper'] and any(r[x] for x in KEYS[4:13]):
        print('non-paper with fields', r['list'], r['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
