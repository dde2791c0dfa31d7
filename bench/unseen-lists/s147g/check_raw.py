"""Check every label's raw equals the file's lines from its line on; check keys."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ['list', 'line', 'raw', 'is_paper', 'title', 'arxiv_id', 'doi', 'url', 'venue', 'year', 'authors', 'code', 'summary', 'section']
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    n += 1
    if list(o.keys()) != KEYS:
        print('keys', o['list'], o['line']); bad += 1
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        print('mismatch', o['list'], o['line']); bad += 1
print(n, 'labels,', bad, 'mismatches')
