"""Check that every label's raw equals the file's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l); n += 1
    if r['list'] not in cache:
        cache[r['list']] = open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n')
    lines = cache[r['list']]
    k = r['raw'].count('\n') + 1
    if '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k]) != r['raw']:
        bad += 1; print('MISMATCH', r['list'], r['line'])
print(f'{n} labels, {bad} mismatches')
