"""Check that every label's `raw` is exactly the file's text starting at `line`."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    if '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k]) != d['raw']:
        bad += 1
        print('MISMATCH', n, d['list'], d['line'])
    keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year',
            'authors', 'code', 'summary', 'section']
    if list(d) != keys:
        bad += 1
        print('KEYS', n, list(d))
print(f'{n} labels, {bad} problems')
sys.exit(1 if bad else 0)
