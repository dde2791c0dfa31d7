"""Check every label's raw equals the README's lines from its `line` on."""
import json, os, sys
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache, bad, n = {}, 0, 0
for l in open(os.path.join(D, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l); n += 1
    if list(o) != KEYS:
        print('keys differ', o['list'], o['line'], list(o)); bad += 1
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(D, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    k = o['raw'].count('\n') + 1
    want = '\n'.join(lines[o['line'] - 1: o['line'] - 1 + k])
    if want != o['raw']:
        print('MISMATCH', o['list'], o['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
