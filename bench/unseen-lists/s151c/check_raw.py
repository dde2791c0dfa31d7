"""Check every label's raw equals the file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    k = o['raw'].count('\n') + 1
    if '\n'.join(lines[o['line'] - 1:o['line'] - 1 + k]) != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print(n, 'labels,', bad, 'mismatches')
