"""Check that every label's raw equals the README's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(l)
    n += 1
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = cache[lab['list']]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
print(n, 'labels,', bad, 'mismatches')
