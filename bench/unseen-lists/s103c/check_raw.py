"""Check that every label's raw equals the file's lines from its line on (0 mismatches expected)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    if list(d.keys()) != KEYS:
        print('keys differ', d['list'], d['line']); bad += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if want != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'], repr(d['raw'][:80]), repr(want[:80]))
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
