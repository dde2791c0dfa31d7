"""Check that every label's raw text is in its file, starting at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for n, l in enumerate(open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'), 1):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8', newline='').read().split('\n')
    raw = o['raw'].split('\n')
    if lines[o['line'] - 1: o['line'] - 1 + len(raw)] != raw:
        bad += 1; print('MISMATCH', o['list'], o['line'])
print(n, 'labels,', bad, 'mismatches')
