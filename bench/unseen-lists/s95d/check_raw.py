"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url',
        'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(row)
    n += 1
    if list(lab.keys()) != KEYS:
        print('keys', lab['list'], lab['line'], list(lab.keys())); bad += 1
    f = lab['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    lines = cache[f]
    k = lab['raw'].count('\n') + 1
    want = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if want != lab['raw']:
        print('MISMATCH', f, lab['line']); bad += 1
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
