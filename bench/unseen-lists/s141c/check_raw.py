"""Check that every label's raw equals the file's lines from its line on (0 mismatches expected)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors',
        'code', 'summary', 'section']
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(ln)
    n += 1
    if list(d.keys()) != KEYS:
        print('bad keys', d['list'], d['line'], list(d.keys())); bad += 1; continue
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        print('MISMATCH', d['list'], d['line']); bad += 1
    if not d['is_paper'] and any(d[x] is not None for x in KEYS[4:13]):
        print('non-paper with fields', d['list'], d['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
