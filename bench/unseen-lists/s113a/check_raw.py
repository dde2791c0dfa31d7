"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
cache, bad, n = {}, 0, 0
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(ln); n += 1
    if list(o.keys()) != KEYS:
        print('keys differ', o['list'], o['line']); bad += 1
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    lines = cache[o['list']]
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        print('MISMATCH', o['list'], o['line']); bad += 1
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
