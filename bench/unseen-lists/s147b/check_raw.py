"""Check that every label's raw equals the README's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    n += 1
    f = d['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    got = '\n'.join(cache[f][d['line'] - 1: d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', f, d['line'])
print(n, 'labels,', bad, 'mismatches')
