"""Check that every label's raw text is in its list file at its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
bad = 0
for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8'):
    o = json.loads(l)
    lines = open(os.path.join(HERE, o['list']), encoding='utf-8').read().split('\n')
    raw = o['raw'].split('\n')
    if lines[o['line'] - 1:o['line'] - 1 + len(raw)] != raw:
        bad += 1
        print('MISMATCH', o['list'], o['line'])
print('checked, mismatches:', bad)
