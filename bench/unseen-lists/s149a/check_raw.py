"""Check every label's raw equals the list file's lines from its line on."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    if d['list'] not in cache:
        with open(os.path.join(HERE, d['list']), encoding='utf-8', newline='') as fh:
            cache[d['list']] = fh.read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print(n, 'labels,', bad, 'mismatches')
