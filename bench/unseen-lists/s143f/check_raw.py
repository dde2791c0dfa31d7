"""Check that every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
keys = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    assert list(r) == keys, r.keys()
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(n, 'labels,', bad, 'mismatches')
