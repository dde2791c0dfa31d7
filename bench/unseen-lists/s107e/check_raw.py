"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in map(json.loads, open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')):
    n += 1
    name = row['list']
    if name not in cache:
        with open(os.path.join(HERE, name), encoding='utf-8', newline='') as f:
            cache[name] = f.read().split('\n')
    lines = cache[name]
    raw = row['raw'].split('\n')
    got = lines[row['line'] - 1: row['line'] - 1 + len(raw)]
    if got != raw:
        bad += 1
        print('MISMATCH', name, row['line'], repr(got), repr(raw))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
