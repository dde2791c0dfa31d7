"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue',
        'year', 'authors', 'code', 'summary', 'section']
bad = 0
cache = {}
for n, text in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    lab = json.loads(text)
    if list(lab) != KEYS:
        print('keys differ on label', n, list(lab)); bad += 1
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = cache[lab['list']]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if got != lab['raw']:
        print('MISMATCH', lab['list'], lab['line']); bad += 1
print(bad, 'mismatches')
sys.exit(1 if bad else 0)
