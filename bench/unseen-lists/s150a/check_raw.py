"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(row)
    n += 1
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[o['list']]
    k = o['raw'].count('\n') + 1
    got = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k])
    if got != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
