"""Check that every label's raw equals the file's lines from its line on."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
for ln in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(ln)
    n += 1
    f = d['list']
    if f not in cache:
        with open(os.path.join(HERE, f), encoding='utf-8', newline='') as fh:
            cache[f] = fh.read().split('\n')
    lines = cache[f]
    k = d['raw'].count('\n') + 1
    got = '\n'.join(lines[d['line'] - 1:d['line'] - 1 + k])
    if got != d['raw']:
        bad += 1
        print('MISMATCH', f, d['line'])
    # an entry's raw should end at a blank line, the end of file, or before another entry
    nxt = lines[d['line'] - 1 + k] if d['line'] - 1 + k < len(lines) else ''
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
