"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
cache = {}
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    n += 1
    f = o['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    k = o['raw'].count('\n') + 1
    got = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k])
    if got != o['raw']:
        bad += 1
        print('MISMATCH', f, o['line'])
print(n, 'labels,', bad, 'mismatches')
