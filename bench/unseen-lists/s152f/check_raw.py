"""Check that every label's raw equals the list file's lines starting at its line."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
cache = {}
with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as f:
    for l in f:
        r = json.loads(l)
        n += 1
        if r['list'] not in cache:
            with open(os.path.join(HERE, r['list']), encoding='utf-8', newline='') as g:
                cache[r['list']] = g.read().split('\n')
        lines = cache[r['list']]
        want = r['raw'].split('\n')
        have = lines[r['line'] - 1:r['line'] - 1 + len(want)]
        if have != want:
            bad += 1
            print('MISMATCH', r['list'], r['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
