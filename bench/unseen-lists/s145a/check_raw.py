"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
cache = {}
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    L = cache.setdefault(o['list'], open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n'))
    k = o['raw'].count('\n') + 1
    got = '\n'.join(L[o['line'] - 1:o['line'] - 1 + k])
    if got != o['raw']:
        bad += 1
        print('MISMATCH label', n, o['list'], o['line'])
print('labels checked:', n, 'mismatches:', bad)
sys.exit(1 if bad else 0)
