"""Check that every label's raw equals the list file's lines from its line on."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
n = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    r = json.loads(l)
    n += 1
    lines = open(os.path.join(HERE, r['list']), encoding='utf-8', newline='').read().split('\n')
    want = r['raw'].split('\n')
    got = lines[r['line'] - 1:r['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', r['list'], r['line'], repr(r['raw'][:80]), repr(got[:1]))
print(n, 'labels,', bad, 'mismatches')
sys.exit(1 if bad else 0)
