"""Check that every label's raw equals the README's lines starting at its line."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
files, bad, n = {}, 0, 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l); n += 1
    lines = files.setdefault(r['list'], open(os.path.join(HERE, r['list']), encoding='utf-8').read().split('\n'))
    want = r['raw'].split('\n')
    got = lines[r['line'] - 1:r['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', r['list'], r['line'])
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
