"""Check that every label's raw equals the README's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for row in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    lines = open(os.path.join(HERE, row['list']), encoding='utf-8').read().split('\n')
    k = row['raw'].count('\n') + 1
    got = '\n'.join(lines[row['line'] - 1:row['line'] - 1 + k])
    if got != row['raw']:
        bad += 1
        print('MISMATCH', row['list'], row['line'])
print(n, 'labels,', bad, 'mismatches')
