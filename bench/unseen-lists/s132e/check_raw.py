"""Check that every label's raw equals the list file's lines from its line on."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
cache = {}
for lab in labels:
    if lab['list'] not in cache:
        cache[lab['list']] = open(os.path.join(HERE, lab['list']), encoding='utf-8').read().split('\n')
    lines = cache[lab['list']]
    n = lab['raw'].count('\n') + 1
    want = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
    if want != lab['raw']:
        bad += 1
        print('MISMATCH', lab['list'], lab['line'])
print(f'{len(labels)} labels, {bad} mismatches')
