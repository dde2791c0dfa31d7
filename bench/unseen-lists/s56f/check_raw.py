"""Check that every label's `raw` is the text of its file starting at `line`."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    d = json.loads(l)
    lines = open(os.path.join(HERE, d['list']), encoding='utf-8', newline='').read().split('\n')
    want = d['raw'].split('\n')
    got = lines[d['line'] - 1: d['line'] - 1 + len(want)]
    if got != want:
        bad += 1
        print('MISMATCH', d['list'], d['line'])
print('checked; mismatches:', bad)
