"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    x = json.loads(l)
    n += 1
    lines = cache.setdefault(x['list'], open(os.path.join(HERE, x['list']), encoding='utf-8').read().split('\n'))
    k = x['raw'].count('\n') + 1
    if '\n'.join(lines[x['line'] - 1:x['line'] - 1 + k]) != x['raw']:
        bad += 1
        print('MISMATCH', x['list'], x['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
