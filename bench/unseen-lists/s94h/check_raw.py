"""Check that every label's raw equals the saved file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
        'authors', 'code', 'summary', 'section']
cache, bad, n = {}, 0, 0
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(row)
    n += 1
    if list(lab) != KEYS:
        print('keys differ', lab['list'], lab['line'], list(lab)); bad += 1
    f = lab['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    lines = cache[f]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', f, lab['line'], repr(got), repr(lab['raw']))
print(n, 'labels,', bad, 'mismatches')
