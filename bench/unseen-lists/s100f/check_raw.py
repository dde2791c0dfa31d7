"""Check that every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
for o in labels:
    if o['list'] not in cache:
        cache[o['list']] = open(os.path.join(HERE, o['list']), encoding='utf-8', newline='').read().split('\n')
    lines = cache[o['list']]
    n = o['raw'].count('\n') + 1
    got = '\n'.join(lines[o['line'] - 1:o['line'] - 1 + n])
    if got != o['raw']:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print(len(labels), 'labels,', bad, 'mismatches')
