"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
bad = 0
cache = {}
rows = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
for r in rows:
    if list(r.keys()) != KEYS:
        print('keys differ', r['list'], r['line'], list(r.keys())); bad += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    n = r['raw'].count('\n') + 1
    got = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + n])
    if got != r['raw']:
        print('MISMATCH', r['list'], r['line']); bad += 1
print(len(rows), 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
