"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for row in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(row)
    n += 1
    f = d['list']
    if f not in cache:
        cache[f] = open(os.path.join(HERE, f), encoding='utf-8', newline='').read().split('\n')
    want = d['raw'].split('\n')
    got = cache[f][d['line'] - 1:d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', f, d['line'], repr(d['raw'][:80]), repr(got[:1]))
print(f'{n} labels, {bad} mismatches')
sys.exit(1 if bad else 0)
