"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
cache, bad, n = {}, 0, 0
for rec in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    name = rec['list']
    if name not in cache:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as fh:
            cache[name] = fh.read().split('\n')
    lines = cache[name]
    k = rec['raw'].count('\n') + 1
    got = '\n'.join(lines[rec['line'] - 1: rec['line'] - 1 + k])
    if got != rec['raw']:
        bad += 1
        print('MISMATCH', name, rec['line'], repr(got[:80]), repr(rec['raw'][:80]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
