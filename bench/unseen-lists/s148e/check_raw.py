"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(row)
    n += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    lines = cache[d['list']]
    k = d['raw'].count('\n') + 1
    want = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if want != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
