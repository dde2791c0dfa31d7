"""Check every label's raw equals the list file's lines starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = n = 0
cache = {}
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l); n += 1
    if d['list'] not in cache:
        cache[d['list']] = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    L = cache[d['list']]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(L[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', d['list'], d['line'], repr(d['raw'][:80]), repr(got[:80]))
print(n, 'labels,', bad, 'mismatches')
