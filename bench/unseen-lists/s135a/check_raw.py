"""Check that every label's raw equals the README's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    lab = json.loads(l)
    n += 1
    f = lab['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8').read().split('\n')
    lines = cache[f]
    k = lab['raw'].count('\n') + 1
    got = '\n'.join(lines[lab['line'] - 1: lab['line'] - 1 + k])
    if got != lab['raw']:
        bad += 1
        print('MISMATCH', f, lab['line'], repr(got[:80]), repr(lab['raw'][:80]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
