"""Check every label's raw equals the README's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    k = r['raw'].count('\n') + 1
    src = '\n'.join(lines[r['line'] - 1:r['line'] - 1 + k])
    if src != r['raw']:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(f'{n} labels, {bad} mismatches')
