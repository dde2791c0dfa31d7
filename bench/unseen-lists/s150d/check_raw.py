"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') if l.strip()]
for lab in labels:
    name = lab['list']
    if name not in cache:
        cache[name] = open(os.path.join(HERE, name), encoding='utf-8', newline='').read().split('\n')
    lines = cache[name]
    n = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + n])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', name, lab['line'])
print(f'{len(labels)} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
