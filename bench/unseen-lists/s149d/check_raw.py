"""Check that every label's raw equals the README's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8').read().split('\n')
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1; print('MISMATCH', d['list'], d['line'])
print(n, 'labels,', bad, 'mismatches')
