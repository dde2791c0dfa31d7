"""Check that every label's raw equals the file's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for line in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(line)
    n += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    want = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if want != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
