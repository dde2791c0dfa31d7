"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for n, l in enumerate(f, 1):
        d = json.loads(l)
        if list(d.keys()) != KEYS:
            print('keys differ on label', n, list(d.keys())); bad += 1
        name = d['list']
        if name not in cache:
            with open(os.path.join(HERE, name), encoding='utf-8', newline='') as g:
                cache[name] = g.read().split('\n')
        lines = cache[name]
        k = d['raw'].count('\n') + 1
        want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
        if want != d['raw']:
            print('MISMATCH', name, d['line']); bad += 1
        if not d['is_paper'] and any(d[x] for x in KEYS[4:13]):
            print('non-paper with fields', name, d['line']); bad += 1
print('labels checked, mismatches:', bad)
sys.exit(1 if bad else 0)
